using System;

namespace SalesGoals.Crm.Messaging.ServiceBus;

/// <summary>A token for CBS put-token: its type (<c>servicebus.windows.net:sastoken</c> or <c>jwt</c>) and expiry.</summary>
public sealed record CbsToken(string TokenType, string Token, DateTimeOffset ExpiresAt)
{
    public const string SasTokenType = "servicebus.windows.net:sastoken";
    public const string JwtTokenType = "jwt";
}
