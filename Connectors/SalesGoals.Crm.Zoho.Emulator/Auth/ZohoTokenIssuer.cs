using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;

namespace SalesGoals.Crm.Zoho.Emulator.Auth;

/// <summary>Zoho Accounts' refresh_token grant: a failed refresh is HTTP 200 with
/// <c>{"error":"invalid_code"}</c> or <c>invalid_client</c>; at most 10 access tokens per refresh
/// token per 10 minutes; access tokens live <c>expires_in</c> seconds.</summary>
public sealed class ZohoTokenIssuer
{
    private readonly object _sync = new();
    private readonly Dictionary<string, ZohoIssuedToken> _tokens = new(StringComparer.Ordinal);
    private readonly Queue<DateTimeOffset> _mintedAt = new();
    private readonly ZohoEmulatorOptions _options;
    private readonly TimeProvider _time;
    private bool _refreshTokenRevoked;
    private int _throttleNext;

    public ZohoTokenIssuer(ZohoEmulatorOptions options, TimeProvider time)
    {
        _options = options;
        _time = time;
    }

    public int TokensMinted { get; private set; }

    /// <summary>The outcome of a refresh: a token, or Zoho's error word and the HTTP status it comes with.</summary>
    public (ZohoIssuedToken? Token, string? Error, int Status) Refresh(string? grantType, string? clientId, string? clientSecret, string? refreshToken)
    {
        lock (_sync)
        {
            if (!string.Equals(grantType, "refresh_token", StringComparison.Ordinal))
            {
                return (null, "unsupported_grant_type", 200);
            }

            if (clientId != _options.ClientId || clientSecret != _options.ClientSecret)
            {
                return (null, "invalid_client", 200);
            }

            if (refreshToken != _options.RefreshToken || _refreshTokenRevoked)
            {
                return (null, "invalid_code", 200);
            }

            if (_throttleNext > 0)
            {
                // Zoho's throttle of token requests made in a row: HTTP 400 "Access Denied", nothing minted.
                _throttleNext--;
                return (null, "Access Denied", 400);
            }

            var now = _time.GetUtcNow();
            while (_mintedAt.Count > 0 && now - _mintedAt.Peek() >= _options.TokenMintWindow)
            {
                _mintedAt.Dequeue();
            }

            if (_mintedAt.Count >= _options.MaxTokensPerWindow)
            {
                return (null, "Access Denied", 400);
            }

            _mintedAt.Enqueue(now);
            TokensMinted++;
            var token = new ZohoIssuedToken($"1000.{RandomHex(16)}.{RandomHex(16)}", now + _options.TokenLifetime);
            _tokens[token.Value] = token;
            return (token, null, 200);
        }
    }

    /// <summary>True when the token was issued here and has not expired.</summary>
    public bool IsValid(string token)
    {
        lock (_sync)
        {
            return _tokens.TryGetValue(token, out var issued) && issued.ExpiresAt > _time.GetUtcNow();
        }
    }

    /// <summary>Every access token issued so far stops working now (as if an hour had passed).</summary>
    public void ExpireAll()
    {
        lock (_sync)
        {
            var now = _time.GetUtcNow();
            foreach (var token in _tokens.Values.Where(t => t.ExpiresAt > now))
            {
                token.ExpiresAt = now;
            }
        }
    }

    /// <summary>The refresh token is revoked: refreshes answer 200 {"error":"invalid_code"}.</summary>
    public void RevokeRefreshToken()
    {
        lock (_sync)
        {
            _refreshTokenRevoked = true;
        }
    }

    /// <summary>The next <paramref name="count"/> refreshes answer 400 {"error":"Access Denied"} (too many requests continuously).</summary>
    public void ThrottleNext(int count)
    {
        lock (_sync)
        {
            _throttleNext = count;
        }
    }

    private static string RandomHex(int bytes) => Convert.ToHexString(RandomNumberGenerator.GetBytes(bytes)).ToLowerInvariant();
}
