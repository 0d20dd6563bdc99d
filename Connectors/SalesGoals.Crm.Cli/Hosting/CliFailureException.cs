using System;

namespace SalesGoals.Crm.Cli.Hosting;

/// <summary>A command that ran and failed (exit code 1): the message is already in the user's language.</summary>
public sealed class CliFailureException : Exception
{
    public CliFailureException(string message)
        : base(message)
    {
    }

    public CliFailureException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CliFailureException()
    {
    }
}
