using System;
using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace SalesGoals.Crm.Zoho.Emulator.State;

/// <summary>Issued page tokens (opaque to the client, valid a day like Zoho's).</summary>
public sealed class ZohoPageCursors
{
    private readonly ConcurrentDictionary<string, ZohoPageCursor> _cursors = new(StringComparer.Ordinal);

    public string Issue(ZohoPageCursor cursor)
    {
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();
        _cursors[token] = cursor;
        return token;
    }

    public ZohoPageCursor? Find(string token, DateTimeOffset now) =>
        _cursors.TryGetValue(token, out var cursor) && cursor.Expires > now ? cursor : null;
}
