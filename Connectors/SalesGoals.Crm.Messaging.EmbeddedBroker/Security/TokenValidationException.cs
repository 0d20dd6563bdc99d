using System;

namespace SalesGoals.Crm.Messaging.EmbeddedBroker.Security;

/// <summary>A CBS token the broker refuses; the message becomes the put-token status description.</summary>
internal sealed class TokenValidationException : Exception
{
    public TokenValidationException(string message)
        : base(message)
    {
    }
}
