using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Fenxiang.Emulator.Data;
using SalesGoals.Crm.Fenxiang.Emulator.Diagnostics;
using SalesGoals.Crm.Fenxiang.Emulator.Protocol;

namespace SalesGoals.Crm.Fenxiang.Emulator.Auth;

/// <summary>
/// Both token endpoints: 7200 s tokens, the same token within the reuse window (after it a new one while the
/// old stays valid to its end), refusal of overlapping or too-frequent calls, 10006/10001/10012/20006/20015
/// for bad or missing credentials — all HTTP 200.
/// </summary>
internal sealed class TokenIssuer
{
    private readonly FenxiangEmulatorOptions _options;
    private readonly EmulatorStats _stats;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, IssuedToken> _valid = new(StringComparer.Ordinal);
    private readonly Queue<DateTimeOffset> _recentCalls = new();
    private IssuedToken? _currentHeader;
    private IssuedToken? _currentLegacy;
    private int _inFlight;

    public TokenIssuer(FenxiangEmulatorOptions options, EmulatorStats stats)
    {
        _options = options;
        _stats = stats;
    }

    public async Task<JsonObject> IssueAsync(JsonObject body, bool legacy, string traceId)
    {
        if (CheckCredentials(body, legacy) is { } refused)
        {
            return Reply.Error(traceId, refused.Code, refused.Message, refused.Description);
        }

        if (Interlocked.Increment(ref _inFlight) > 1)
        {
            Interlocked.Decrement(ref _inFlight);
            _stats.RefusedToken();
            return Reply.Error(traceId, EmulatorErrorCodes.CallLimitExceeded, "token requests must not be concurrent", "获取token不能并发调用");
        }

        try
        {
            // Real time on purpose: the issue delay is latency a client sees, whatever the emulator's (possibly fake) clock says.
            await Task.Delay(_options.TokenIssueDelay, TimeProvider.System).ConfigureAwait(false);
            var now = _options.TimeProvider.GetUtcNow();
            lock (_gate)
            {
                while (_recentCalls.Count > 0 && _recentCalls.Peek() <= now - TimeSpan.FromMinutes(1))
                {
                    _recentCalls.Dequeue();
                }

                if (_recentCalls.Count >= _options.TokenCallsPerMinute)
                {
                    _stats.RefusedToken();
                    return Reply.Error(traceId, EmulatorErrorCodes.CallLimitExceeded, "token requested too often", "获取token过于频繁");
                }

                _recentCalls.Enqueue(now);
                var token = legacy ? _currentLegacy : _currentHeader;
                if (token is null || now - token.IssuedAt >= _options.TokenReuseWindow || !_valid.ContainsKey(token.Value))
                {
                    token = new IssuedToken(NewTokenValue(legacy), legacy, now, now + _options.TokenLifetime);
                    _valid[token.Value] = token;
                    if (legacy)
                    {
                        _currentLegacy = token;
                    }
                    else
                    {
                        _currentHeader = token;
                    }
                }

                var expiresIn = (long)Math.Max(0, (token.ExpiresAt - now).TotalSeconds);
                return legacy
                    ? new JsonObject
                    {
                        ["errorCode"] = 0,
                        ["errorMessage"] = "success",
                        ["corpAccessToken"] = token.Value,
                        ["corpId"] = _options.CorpId,
                        ["expiresIn"] = expiresIn,
                        ["traceId"] = traceId,
                    }
                    : new JsonObject
                    {
                        ["openUserId"] = _options.CorpId,
                        ["accessToken"] = token.Value,
                        ["expiresIn"] = expiresIn,
                        ["appId"] = _options.AppId,
                        ["ea"] = _options.EnterpriseAccount,
                        ["errorCode"] = 0,
                        ["errorMessage"] = "success",
                        ["traceId"] = traceId,
                    };
            }
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    /// <summary>True when <paramref name="value"/> is a live token of that generation.</summary>
    public bool IsValid(string value, bool legacy)
    {
        var now = _options.TimeProvider.GetUtcNow();
        lock (_gate)
        {
            return _valid.TryGetValue(value, out var token) && token.Legacy == legacy && now < token.ExpiresAt;
        }
    }

    /// <summary>Every token expires now; the next token call issues a new one.</summary>
    public void ExpireAll()
    {
        lock (_gate)
        {
            _valid.Clear();
            _currentHeader = null;
            _currentLegacy = null;
        }
    }

    public IReadOnlyList<IssuedToken> Issued()
    {
        lock (_gate)
        {
            return _valid.Values.ToList();
        }
    }

    private (long Code, string Message, string Description)? CheckCredentials(JsonObject body, bool legacy)
    {
        var appId = JsonValues.AsString(body["appId"]);
        var secret = JsonValues.AsString(body["appSecret"]);
        var code = JsonValues.AsString(body["permanentCode"]);
        if (string.IsNullOrEmpty(appId))
        {
            return (EmulatorErrorCodes.MissingAppId, "the parameter appId is missing or illegal", "缺少参数或参数不合法");
        }

        if (string.IsNullOrEmpty(secret) || !string.Equals(secret, _options.AppSecret, StringComparison.Ordinal))
        {
            return (EmulatorErrorCodes.AppSecretIllegal, "the parameter appSecret is missing or illegal", "缺少参数或参数不合法");
        }

        if (string.IsNullOrEmpty(code))
        {
            return (EmulatorErrorCodes.MissingPermanentCode, "the parameter permanentCode is missing or illegal", "缺少参数或参数不合法");
        }

        if (!string.Equals(appId, _options.AppId, StringComparison.Ordinal))
        {
            return (EmulatorErrorCodes.AppIdOrSecretWrong, "appId or appSecret is wrong", "appId或appSecret错误");
        }

        if (!string.Equals(code, _options.PermanentCode, StringComparison.Ordinal))
        {
            return (EmulatorErrorCodes.PermanentCodeWrong, "permanentCode is wrong", "永久授权码错误");
        }

        if (!legacy && !string.Equals(JsonValues.AsString(body["grantType"]), "app_secret", StringComparison.Ordinal))
        {
            return (EmulatorErrorCodes.ParameterError, "grantType must be app_secret", "grantType 参数错误");
        }

        return null;
    }

    private static string NewTokenValue(bool legacy)
    {
        var hex = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        return legacy ? hex : "BC" + hex.ToLower(CultureInfo.InvariantCulture);
    }
}
