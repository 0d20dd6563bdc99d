using System;

namespace SalesGoals.Crm.Fenxiang.Auth;

/// <summary>A cached token and the enterprise it belongs to (ea for header auth, corpId for legacy auth).</summary>
public sealed record FenxiangAccessToken(string Value, string Enterprise, DateTimeOffset ObtainedAt, DateTimeOffset UsableUntil)
{
    public bool IsUsableAt(DateTimeOffset now) => now < UsableUntil;

    /// <summary>Never print the token itself.</summary>
    public override string ToString() => $"token for {Enterprise}, usable until {UsableUntil:O}";
}
