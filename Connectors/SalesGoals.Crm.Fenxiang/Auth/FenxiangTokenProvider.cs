using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesGoals.Crm.Fenxiang.Api;
using SalesGoals.Crm.Fenxiang.Configuration;
using SalesGoals.Crm.Fenxiang.Errors;

namespace SalesGoals.Crm.Fenxiang.Auth;

/// <summary>
/// Fetches tokens from the endpoint matching the auth style, one call at a time per process (single flight: callers
/// that find the token missing or rejected wait for the one fetch under way and share its token), and trusts a token
/// for at most the reuse window. The endpoint refuses overlapping calls and more than about 10 a minute with 14001,
/// and other worker instances fetch for the same enterprise: a refused fetch is retried after a back-off (the other
/// instance's fetch has ended by then, and within the reuse window the endpoint hands out the same token).
/// </summary>
public sealed partial class FenxiangTokenProvider : IFenxiangTokenProvider, IDisposable
{
    private readonly IFenxiangTokenApi _tokenApi;
    private readonly IOptions<FenxiangOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<FenxiangTokenProvider> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private FenxiangAccessToken? _current;
    private DateTimeOffset? _lastTokenCall;

    public FenxiangTokenProvider(
        IFenxiangTokenApi tokenApi, IOptions<FenxiangOptions> options, TimeProvider time, ILogger<FenxiangTokenProvider> logger)
    {
        _tokenApi = tokenApi;
        _options = options;
        _time = time;
        _logger = logger;
    }

    public async Task<FenxiangAccessToken> GetAsync(CancellationToken cancellationToken)
    {
        var token = Volatile.Read(ref _current);
        if (token is not null && token.IsUsableAt(_time.GetUtcNow()))
        {
            return token;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            token = _current;
            if (token is not null && token.IsUsableAt(_time.GetUtcNow()))
            {
                return token;
            }

            return await FetchAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<FenxiangAccessToken> RefreshAsync(FenxiangAccessToken rejected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rejected);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var token = _current;
            if (token is not null && !ReferenceEquals(token, rejected) && token.IsUsableAt(_time.GetUtcNow()))
            {
                return token;
            }

            return await FetchAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<FenxiangAccessToken> FetchAsync(CancellationToken cancellationToken)
    {
        var settings = _options.Value;
        for (var attempt = 0; ; attempt++)
        {
            await KeepTokenCallRateAsync(settings, cancellationToken).ConfigureAwait(false);
            _lastTokenCall = _time.GetUtcNow();
            try
            {
                var token = settings.AuthStyle == FenxiangAuthStyle.Header
                    ? await FetchAccessTokenAsync(settings, cancellationToken).ConfigureAwait(false)
                    : await FetchCorpAccessTokenAsync(settings, cancellationToken).ConfigureAwait(false);
                Volatile.Write(ref _current, token);
                LogTokenObtained(_logger, token.Enterprise, token.UsableUntil);
                return token;
            }
            catch (FenxiangApiException exception) when (exception.Outcome == FenxiangOutcome.Throttled && attempt < settings.MaxRetryAttempts)
            {
                var delay = BackOff(settings, attempt);
                LogTokenCallRefused(_logger, exception.Code, delay, attempt + 1, exception.Error.TraceId);
                await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Exponential from RetryBaseDelay, capped at RetryMaxDelay, with up to 20% jitter so instances refused
    /// together do not come back together.</summary>
    private static TimeSpan BackOff(FenxiangOptions settings, int attempt)
    {
        var exponential = settings.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 16));
        var capped = Math.Min(exponential, settings.RetryMaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (1 + (0.2 * Random.Shared.NextDouble())));
    }

    private async Task KeepTokenCallRateAsync(FenxiangOptions settings, CancellationToken cancellationToken)
    {
        if (_lastTokenCall is { } last)
        {
            var wait = last + settings.TokenCallMinInterval - _time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<FenxiangAccessToken> FetchAccessTokenAsync(FenxiangOptions settings, CancellationToken cancellationToken)
    {
        const string endpoint = "/oauth2.0/token";
        var answer = await _tokenApi.GetAccessTokenAsync(
            new TokenRequest { AppId = settings.AppId, AppSecret = settings.AppSecret, PermanentCode = settings.PermanentCode, GrantType = "app_secret" },
            cancellationToken).ConfigureAwait(false);
        EnsureSuccess(answer, endpoint);
        return Build(answer.AccessToken, answer.EnterpriseAccount, answer.ExpiresIn, settings, answer, endpoint);
    }

    private async Task<FenxiangAccessToken> FetchCorpAccessTokenAsync(FenxiangOptions settings, CancellationToken cancellationToken)
    {
        const string endpoint = "/cgi/corpAccessToken/get/V2";
        var answer = await _tokenApi.GetCorpAccessTokenAsync(
            new TokenRequest { AppId = settings.AppId, AppSecret = settings.AppSecret, PermanentCode = settings.PermanentCode },
            cancellationToken).ConfigureAwait(false);
        EnsureSuccess(answer, endpoint);
        return Build(answer.CorpAccessToken, answer.CorpId, answer.ExpiresIn, settings, answer, endpoint);
    }

    private FenxiangAccessToken Build(
        string? value, string? enterprise, long expiresIn, FenxiangOptions settings, FenxiangResponse answer, string endpoint)
    {
        if (string.IsNullOrEmpty(value) || string.IsNullOrEmpty(enterprise) || expiresIn <= 0)
        {
            throw new FenxiangApiException(new FenxiangError(
                answer.ErrorCode, FenxiangOutcome.Unknown, "token answer lacks the token, the enterprise or expiresIn", answer.TraceId, endpoint));
        }

        var now = _time.GetUtcNow();
        var lifetime = TimeSpan.FromSeconds(expiresIn) - settings.TokenExpiryMargin;
        if (lifetime > settings.TokenReuseWindow)
        {
            lifetime = settings.TokenReuseWindow;
        }

        if (lifetime < TimeSpan.Zero)
        {
            lifetime = TimeSpan.Zero;
        }

        return new FenxiangAccessToken(value, enterprise, now, now + lifetime);
    }

    private void EnsureSuccess(FenxiangResponse answer, string endpoint)
    {
        if (answer.ErrorCode != FenxiangErrorCodes.Success)
        {
            var error = FenxiangError.From(answer.ErrorCode, answer.ErrorMessage, answer.TraceId, endpoint);
            if (error.Outcome != FenxiangOutcome.Throttled)
            {
                LogTokenRefused(_logger, answer.ErrorCode, error.Outcome, answer.TraceId);
            }

            throw new FenxiangApiException(error);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Fenxiang token obtained for {Enterprise}, usable until {UsableUntil:O}")]
    private static partial void LogTokenObtained(ILogger logger, string enterprise, DateTimeOffset usableUntil);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fenxiang token endpoint refused the call with errorCode {ErrorCode} (another instance is fetching, or too many calls this minute); trying again in {Delay} (retry {Retry}), traceId {TraceId}")]
    private static partial void LogTokenCallRefused(ILogger logger, long errorCode, TimeSpan delay, int retry, string? traceId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Fenxiang token endpoint answered errorCode {ErrorCode} ({Outcome}), traceId {TraceId}")]
    private static partial void LogTokenRefused(ILogger logger, long errorCode, FenxiangOutcome outcome, string? traceId);
}
