using System;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace SalesGoals.Crm.Zoho.Auth;

/// <summary>Process-wide token state, one entry per (accounts host, client id, refresh token), so
/// every client of the same org shares one access token instead of minting its own.</summary>
public sealed class ZohoTokenCache : IDisposable
{
    private readonly ConcurrentDictionary<string, ZohoTokenCacheEntry> _entries = new(StringComparer.Ordinal);

    public ZohoTokenCacheEntry EntryFor(Uri accountsUrl, string clientId, string refreshToken) =>
        _entries.GetOrAdd(KeyOf(accountsUrl, clientId, refreshToken), _ => new ZohoTokenCacheEntry());

    public void Dispose()
    {
        foreach (var entry in _entries.Values)
        {
            entry.Dispose();
        }
    }

    // The refresh token is a secret: the key holds its hash, never the token itself.
    private static string KeyOf(Uri accountsUrl, string clientId, string refreshToken)
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(refreshToken)));
        return $"{accountsUrl.GetLeftPart(UriPartial.Authority)}|{clientId}|{hash}";
    }
}
