using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesGoals.Crm.Zoho.Api;
using SalesGoals.Crm.Zoho.Configuration;
using SalesGoals.Crm.Zoho.Errors;

namespace SalesGoals.Crm.Zoho.Auth;

/// <summary>Hands out the org's access token: cached and shared, refreshed by one caller at a time,
/// never more than Zoho's 10 tokens per refresh token per 10 minutes.</summary>
public sealed class ZohoTokenProvider
{
    public const int MaxTokensPerWindow = 10;
    public static readonly TimeSpan MintWindow = TimeSpan.FromMinutes(10);

    /// <summary>Zoho access tokens live one hour; a longer lifetime in an answer is a unit mix-up, never trusted.</summary>
    public static readonly TimeSpan MaxTokenLifetime = TimeSpan.FromHours(1);

    private readonly IZohoAccountsApi _accounts;
    private readonly ZohoOptions _options;
    private readonly ZohoTokenCacheEntry _entry;
    private readonly TimeProvider _time;
    private readonly ILogger<ZohoTokenProvider> _logger;

    public ZohoTokenProvider(
        IZohoAccountsApi accounts,
        IOptions<ZohoOptions> options,
        ZohoTokenCache cache,
        TimeProvider time,
        ILogger<ZohoTokenProvider> logger)
    {
        _accounts = accounts;
        _options = options.Value;
        _entry = cache.EntryFor(_options.ResolveAccountsUrl(), _options.ClientId, _options.RefreshToken);
        _time = time;
        _logger = logger;
    }

    /// <summary>How many tokens this process minted for the refresh token (for tests and logs).</summary>
    public int MintCount => _entry.MintCount;

    /// <summary>The cached token, or a fresh one when there is none or it is about to expire.</summary>
    public Task<ZohoAccessToken> GetTokenAsync(CancellationToken cancellationToken) =>
        IsUsable(_entry.Current) ? Task.FromResult(_entry.Current!) : RefreshAsync(rejected: null, cancellationToken);

    /// <summary>Zoho rejected <paramref name="rejected"/> (401 INVALID_TOKEN). Concurrent callers that
    /// saw the same rejection share one refresh: only the first mints, the rest get its token.</summary>
    public Task<ZohoAccessToken> RefreshAfterRejectionAsync(ZohoAccessToken rejected, CancellationToken cancellationToken) =>
        RefreshAsync(rejected, cancellationToken);

    private bool IsUsable(ZohoAccessToken? token) =>
        token is not null && token.ExpiresAt - _options.TokenRefreshSkew > _time.GetUtcNow();

    private async Task<ZohoAccessToken> RefreshAsync(ZohoAccessToken? rejected, CancellationToken cancellationToken)
    {
        await _entry.RefreshGate.WaitAsync(cancellationToken);
        try
        {
            var current = _entry.Current;
            var someoneElseRefreshed = current is not null && !ReferenceEquals(current, rejected) && IsUsable(current);
            if (someoneElseRefreshed)
            {
                return current!;
            }

            EnsureMintAllowed();
            var token = await MintAsync(cancellationToken);
            _entry.Current = token;
            return token;
        }
        finally
        {
            _entry.RefreshGate.Release();
        }
    }

    private void EnsureMintAllowed()
    {
        var now = _time.GetUtcNow();
        while (_entry.MintedAt.Count > 0 && now - _entry.MintedAt.Peek() >= MintWindow)
        {
            _entry.MintedAt.Dequeue();
        }

        if (_entry.MintedAt.Count >= MaxTokensPerWindow)
        {
            var nextAllowed = _entry.MintedAt.Peek() + MintWindow;
            throw new ZohoApiException(new ZohoError(
                ZohoErrorKind.TokenMintLimitReached,
                "TOKEN_MINT_LIMIT",
                $"{MaxTokensPerWindow} access tokens were minted in the last {MintWindow.TotalMinutes:0} minutes for this refresh token; Zoho allows no more until {nextAllowed:O}.",
                0));
        }
    }

    private async Task<ZohoAccessToken> MintAsync(CancellationToken cancellationToken)
    {
        var request = new ZohoRefreshTokenRequest
        {
            ClientId = _options.ClientId,
            ClientSecret = _options.ClientSecret,
            RefreshToken = _options.RefreshToken,
        };
        var response = await _accounts.RefreshAsync(request, cancellationToken);
        ZohoApiResponses.EnsureReceived(response);
        _entry.MintedAt.Enqueue(_time.GetUtcNow());
        if (!response.IsSuccessStatusCode)
        {
            throw ZohoApiResponses.ToException(response);
        }

        var answer = response.Content;
        if (answer is null || string.IsNullOrEmpty(answer.AccessToken))
        {
            // Zoho answers a failed refresh with HTTP 200 and {"error":"invalid_code"}.
            var error = ZohoErrorParser.FromTokenError(answer?.Error, ZohoApiResponses.Status(response));
            _logger.LogError("Zoho token refresh failed: {Code}", error.Code);
            throw new ZohoApiException(error);
        }

        if (!Uri.TryCreate(answer.ApiDomain, UriKind.Absolute, out var apiDomain))
        {
            throw new ZohoApiException(new ZohoError(
                ZohoErrorKind.TokenRefreshFailed, "INVALID_API_DOMAIN", $"The token answer's api_domain '{answer.ApiDomain}' is not an absolute URL.", 200));
        }

        _entry.MintCount++;
        var lifetime = LifetimeOf(answer);
        _logger.LogInformation("Minted a Zoho access token for {Org}, valid {Minutes} min", _options.OrgKey, lifetime.TotalMinutes);
        return new ZohoAccessToken(answer.AccessToken, apiDomain, _time.GetUtcNow() + lifetime);
    }

    /// <summary>expires_in_sec when present (then expires_in may be milliseconds), else expires_in; never
    /// more than an hour, so a millisecond value read as seconds cannot keep a dead token for 1,000 hours.</summary>
    public static TimeSpan LifetimeOf(ZohoTokenResponse answer)
    {
        var seconds = answer.ExpiresInSec is > 0 ? answer.ExpiresInSec.Value
            : answer.ExpiresIn is > 0 ? answer.ExpiresIn.Value
            : (long)MaxTokenLifetime.TotalSeconds;
        return seconds >= MaxTokenLifetime.TotalSeconds ? MaxTokenLifetime : TimeSpan.FromSeconds(seconds);
    }
}
