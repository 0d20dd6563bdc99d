using System;

namespace SalesGoals.Crm.Sandbox;

/// <summary>The sandbox could not start or a cycle did not finish; the message says what and why.</summary>
public sealed class SandboxException : Exception
{
    public SandboxException()
    {
    }

    public SandboxException(string message)
        : base(message)
    {
    }

    public SandboxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
