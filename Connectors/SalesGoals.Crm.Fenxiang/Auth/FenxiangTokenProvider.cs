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
/// Fetches tokens from the endpoint matching the auth style, one call at a time (the endpoint refuses
/// concurrent calls and allows about 10 a minute), and trusts a token for at most the reuse window.
/// </summary>
public sealed partial class FenxiangTokenProvider : IFenxiangTokenProvider, IDisposable
{
    private readonly IFenxiangTokenApi tokenApi;
    private readonly IOptions<FenxiangOptions> options;
    private readonly TimeProvider time;
    private readonly ILogger<FenxiangTokenProvider> logger;
    private readonly SemaphoreSlim gate = new(1, 1);
    private FenxiangAccessToken? current;
    private DateTimeOffset? lastTokenCall;

    public FenxiangTokenProvider(
        IFenxiangTokenApi tokenApi, IOptions<FenxiangOptions> options, TimeProvider time, ILogger<FenxiangTokenProvider> logger)
    {
        this.tokenApi = tokenApi;
        this.options = options;
        this.time = time;
        this.logger = logger;
    }

    public async Task<FenxiangAccessToken> GetAsync(CancellationToken cancellationToken)
    {
        var token = Volatile.Read(ref current);
        if (token is not null && token.IsUsableAt(time.GetUtcNow()))
        {
            return token;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            token = current;
            if (token is not null && token.IsUsableAt(time.GetUtcNow()))
            {
                return token;
            }

            return await FetchAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<FenxiangAccessToken> RefreshAsync(FenxiangAccessToken rejected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rejected);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var token = current;
            if (token is not null && !ReferenceEquals(token, rejected) && token.IsUsableAt(time.GetUtcNow()))
            {
                return token;
            }

            return await FetchAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private async Task<FenxiangAccessToken> FetchAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await KeepTokenCallRateAsync(settings, cancellationToken).ConfigureAwait(false);
        lastTokenCall = time.GetUtcNow();
        var token = settings.AuthStyle == FenxiangAuthStyle.Header
            ? await FetchAccessTokenAsync(settings, cancellationToken).ConfigureAwait(false)
            : await FetchCorpAccessTokenAsync(settings, cancellationToken).ConfigureAwait(false);
        Volatile.Write(ref current, token);
        LogTokenObtained(logger, token.Enterprise, token.UsableUntil);
        return token;
    }

    private async Task KeepTokenCallRateAsync(FenxiangOptions settings, CancellationToken cancellationToken)
    {
        if (lastTokenCall is { } last)
        {
            var wait = last + settings.TokenCallMinInterval - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<FenxiangAccessToken> FetchAccessTokenAsync(FenxiangOptions settings, CancellationToken cancellationToken)
    {
        const string endpoint = "/oauth2.0/token";
        var answer = await tokenApi.GetAccessTokenAsync(
            new TokenRequest { AppId = settings.AppId, AppSecret = settings.AppSecret, PermanentCode = settings.PermanentCode, GrantType = "app_secret" },
            cancellationToken).ConfigureAwait(false);
        EnsureSuccess(answer, endpoint);
        return Build(answer.AccessToken, answer.EnterpriseAccount, answer.ExpiresIn, settings, answer, endpoint);
    }

    private async Task<FenxiangAccessToken> FetchCorpAccessTokenAsync(FenxiangOptions settings, CancellationToken cancellationToken)
    {
        const string endpoint = "/cgi/corpAccessToken/get/V2";
        var answer = await tokenApi.GetCorpAccessTokenAsync(
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

        var now = time.GetUtcNow();
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
            LogTokenRefused(logger, answer.ErrorCode, error.Outcome, answer.TraceId);
            throw new FenxiangApiException(error);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Fenxiang token obtained for {Enterprise}, usable until {UsableUntil:O}")]
    private static partial void LogTokenObtained(ILogger logger, string enterprise, DateTimeOffset usableUntil);

    [LoggerMessage(Level = LogLevel.Error, Message = "Fenxiang token endpoint answered errorCode {ErrorCode} ({Outcome}), traceId {TraceId}")]
    private static partial void LogTokenRefused(ILogger logger, long errorCode, FenxiangOutcome outcome, string? traceId);
}
