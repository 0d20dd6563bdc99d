using System;

namespace SalesGoals.Crm.Messaging.Consumers;

/// <summary>The message can never be processed (unknown format, bad schema): dead-letter it with this reason.</summary>
public sealed class UnprocessableMessageException : Exception
{
    public UnprocessableMessageException(string reason, string description, Exception? innerException = null)
        : base(description, innerException)
    {
        Reason = reason;
    }

    public UnprocessableMessageException()
        : this("Unprocessable", "The message cannot be processed.")
    {
    }

    public UnprocessableMessageException(string message)
        : this("Unprocessable", message)
    {
    }

    public UnprocessableMessageException(string message, Exception innerException)
        : this("Unprocessable", message, innerException)
    {
    }

    /// <summary>Short machine-readable reason, stored as DeadLetterReason.</summary>
    public string Reason { get; }
}
