using System;

namespace SalesGoals.Crm.Zoho.Emulator.Auth;

public sealed class ZohoIssuedToken
{
    public ZohoIssuedToken(string value, DateTimeOffset expiresAt)
    {
        Value = value;
        ExpiresAt = expiresAt;
    }

    public string Value { get; }

    public DateTimeOffset ExpiresAt { get; set; }
}
