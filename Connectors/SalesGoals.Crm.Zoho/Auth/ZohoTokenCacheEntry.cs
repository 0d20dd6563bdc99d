using System;
using System.Collections.Generic;
using System.Threading;

namespace SalesGoals.Crm.Zoho.Auth;

/// <summary>The token state of one refresh token: the current access token, a single-flight gate
/// and when the recent tokens were minted (Zoho allows 10 per 10 minutes).</summary>
public sealed class ZohoTokenCacheEntry : IDisposable
{
    public SemaphoreSlim RefreshGate { get; } = new(1, 1);

    public ZohoAccessToken? Current { get; set; }

    public Queue<DateTimeOffset> MintedAt { get; } = new();

    public int MintCount { get; set; }

    public void Dispose() => RefreshGate.Dispose();
}
