using System;

namespace SalesGoals.Crm.Messaging.Dataverse;

/// <summary>The posted context does not follow Dataverse's format; the message says where.</summary>
public sealed class DataverseFormatException : Exception
{
    public DataverseFormatException()
    {
    }

    public DataverseFormatException(string message)
        : base(message)
    {
    }

    public DataverseFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
