using System;

namespace SalesGoals.Crm.Sandbox.Cli;

/// <summary>The command line is wrong; the message says how.</summary>
public sealed class CommandLineException : Exception
{
    public CommandLineException()
    {
    }

    public CommandLineException(string message)
        : base(message)
    {
    }

    public CommandLineException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
