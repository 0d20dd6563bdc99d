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
    private readonly FenxiangEmulatorOptions options;
    private readonly EmulatorStats stats;
    private readonly Lock gate = new();
    private readonly Dictionary<string, IssuedToken> valid = new(StringComparer.Ordinal);
    private readonly Queue<DateTimeOffset> recentCalls = new();
    private IssuedToken? currentHeader;
    private IssuedToken? currentLegacy;
    private int inFlight;

    public TokenIssuer(FenxiangEmulatorOptions options, EmulatorStats stats)
    {
        this.options = options;
        this.stats = stats;
    }

    public async Task<JsonObject> IssueAsync(JsonObject body, bool legacy, string traceId)
    {
        if (CheckCredentials(body, legacy) is { } refused)
        {
            return Reply.Error(traceId, refused.Code, refused.Message, refused.Description);
        }

        if (Interlocked.Increment(ref inFlight) > 1)
        {
            Interlocked.Decrement(ref inFlight);
            stats.RefusedToken();
            return Reply.Error(traceId, EmulatorErrorCodes.CallLimitExceeded, "token requests must not be concurrent", "获取token不能并发调用");
        }

        try
        {
            // Real time on purpose: the issue delay is latency a client sees, whatever the emulator's (possibly fake) clock says.
            await Task.Delay(options.TokenIssueDelay, TimeProvider.System).ConfigureAwait(false);
            var now = options.TimeProvider.GetUtcNow();
            lock (gate)
            {
                while (recentCalls.Count > 0 && recentCalls.Peek() <= now - TimeSpan.FromMinutes(1))
                {
                    recentCalls.Dequeue();
                }

                if (recentCalls.Count >= options.TokenCallsPerMinute)
                {
                    stats.RefusedToken();
                    return Reply.Error(traceId, EmulatorErrorCodes.CallLimitExceeded, "token requested too often", "获取token过于频繁");
                }

                recentCalls.Enqueue(now);
                var token = legacy ? currentLegacy : currentHeader;
                if (token is null || now - token.IssuedAt >= options.TokenReuseWindow || !valid.ContainsKey(token.Value))
                {
                    token = new IssuedToken(NewTokenValue(legacy), legacy, now, now + options.TokenLifetime);
                    valid[token.Value] = token;
                    if (legacy)
                    {
                        currentLegacy = token;
                    }
                    else
                    {
                        currentHeader = token;
                    }
                }

                var expiresIn = (long)Math.Max(0, (token.ExpiresAt - now).TotalSeconds);
                return legacy
                    ? new JsonObject
                    {
                        ["errorCode"] = 0,
                        ["errorMessage"] = "success",
                        ["corpAccessToken"] = token.Value,
                        ["corpId"] = options.CorpId,
                        ["expiresIn"] = expiresIn,
                        ["traceId"] = traceId,
                    }
                    : new JsonObject
                    {
                        ["openUserId"] = options.CorpId,
                        ["accessToken"] = token.Value,
                        ["expiresIn"] = expiresIn,
                        ["appId"] = options.AppId,
                        ["ea"] = options.EnterpriseAccount,
                        ["errorCode"] = 0,
                        ["errorMessage"] = "success",
                        ["traceId"] = traceId,
                    };
            }
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
        }
    }

    /// <summary>True when <paramref name="value"/> is a live token of that generation.</summary>
    public bool IsValid(string value, bool legacy)
    {
        var now = options.TimeProvider.GetUtcNow();
        lock (gate)
        {
            return valid.TryGetValue(value, out var token) && token.Legacy == legacy && now < token.ExpiresAt;
        }
    }

    /// <summary>Every token expires now; the next token call issues a new one.</summary>
    public void ExpireAll()
    {
        lock (gate)
        {
            valid.Clear();
            currentHeader = null;
            currentLegacy = null;
        }
    }

    public IReadOnlyList<IssuedToken> Issued()
    {
        lock (gate)
        {
            return valid.Values.ToList();
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

        if (string.IsNullOrEmpty(secret) || !string.Equals(secret, options.AppSecret, StringComparison.Ordinal))
        {
            return (EmulatorErrorCodes.AppSecretIllegal, "the parameter appSecret is missing or illegal", "缺少参数或参数不合法");
        }

        if (string.IsNullOrEmpty(code))
        {
            return (EmulatorErrorCodes.MissingPermanentCode, "the parameter permanentCode is missing or illegal", "缺少参数或参数不合法");
        }

        if (!string.Equals(appId, options.AppId, StringComparison.Ordinal))
        {
            return (EmulatorErrorCodes.AppIdOrSecretWrong, "appId or appSecret is wrong", "appId或appSecret错误");
        }

        if (!string.Equals(code, options.PermanentCode, StringComparison.Ordinal))
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
