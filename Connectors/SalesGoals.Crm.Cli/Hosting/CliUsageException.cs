using System;

namespace SalesGoals.Crm.Cli.Hosting;

/// <summary>Bad input the user can fix (exit code 2): the message is already in the user's language, printed as one line.</summary>
public sealed class CliUsageException : Exception
{
    public CliUsageException(string message)
        : base(message)
    {
    }

    public CliUsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CliUsageException()
    {
    }
}
