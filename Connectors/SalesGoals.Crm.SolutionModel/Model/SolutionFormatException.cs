using System;

namespace SalesGoals.Crm.SolutionModel.Model;

/// <summary>A solution file is missing or malformed. The message names the file (relative to the
/// solution folder) and the problem.</summary>
public sealed class SolutionFormatException : Exception
{
    public SolutionFormatException()
        : this("(unknown file)", "the solution is malformed")
    {
    }

    public SolutionFormatException(string message)
        : this("(unknown file)", message)
    {
    }

    public SolutionFormatException(string message, Exception innerException)
        : this("(unknown file)", message, innerException)
    {
    }

    public SolutionFormatException(string filePath, string problem, Exception? innerException = null)
        : base($"{filePath}: {problem}", innerException)
    {
        FilePath = filePath;
        Problem = problem;
    }

    /// <summary>The file, relative to the solution folder where possible.</summary>
    public string FilePath { get; }

    /// <summary>What is wrong with it.</summary>
    public string Problem { get; }
}
