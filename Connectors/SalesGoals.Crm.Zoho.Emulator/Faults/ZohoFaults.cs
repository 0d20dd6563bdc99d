using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using SalesGoals.Crm.Zoho.Emulator.Auth;

namespace SalesGoals.Crm.Zoho.Emulator.Faults;

/// <summary>Faults switched on at runtime. They apply to CRM API calls, not to the token endpoint
/// (except <see cref="ExpireTokensNow"/>).</summary>
public sealed class ZohoFaults
{
    private readonly object _sync = new();
    private readonly ZohoTokenIssuer _tokens;
    private readonly List<(ZohoRecordFault Fault, Dictionary<string, int> Hits)> _recordFaults = [];
    private int _tooManyRequests;
    private int _serverErrors;
    private int _serverErrorStatus = 500;
    private int _expireTokensAfter = -1;

    public ZohoFaults(ZohoTokenIssuer tokens) => _tokens = tokens;

    /// <summary>Delay added to every CRM API call.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>The next <paramref name="count"/> CRM calls answer 429 TOO_MANY_REQUESTS, without Retry-After.</summary>
    public void TooManyRequests(int count)
    {
        lock (_sync)
        {
            _tooManyRequests = count;
        }
    }

    /// <summary>The next <paramref name="count"/> CRM calls answer <paramref name="status"/> (5xx).</summary>
    public void ServerErrors(int count, int status = 500)
    {
        lock (_sync)
        {
            _serverErrors = count;
            _serverErrorStatus = status;
        }
    }

    /// <summary>The 401 code sent for an expired or unknown access token: <c>INVALID_TOKEN</c> (the CRM's usual
    /// word), <c>INVALID_OAUTHTOKEN</c> (the accounts server's) or <c>AUTHENTICATION_FAILURE</c>.</summary>
    public string ExpiredTokenCode { get; set; } = "INVALID_TOKEN";

    /// <summary>The next <paramref name="count"/> token refreshes answer HTTP 400 {"error":"Access Denied"}.</summary>
    public void ThrottleTokenRequests(int count) => _tokens.ThrottleNext(count);

    /// <summary>Every access token issued so far expires now.</summary>
    public void ExpireTokensNow() => _tokens.ExpireAll();

    /// <summary>After <paramref name="calls"/> more CRM calls, every access token expires (mid-run expiry).</summary>
    public void ExpireTokensAfterCalls(int calls)
    {
        lock (_sync)
        {
            _expireTokensAfter = calls;
        }
    }

    /// <summary>Counts a CRM call against <see cref="ExpireTokensAfterCalls"/>, expiring tokens when it is due.</summary>
    public void CountCallForTokenExpiry()
    {
        lock (_sync)
        {
            if (_expireTokensAfter < 0)
            {
                return;
            }

            if (_expireTokensAfter == 0)
            {
                _tokens.ExpireAll();
            }

            _expireTokensAfter--;
        }
    }

    /// <summary>The refresh token stops working (token endpoint answers 200 {"error":"invalid_code"}).</summary>
    public void RevokeRefreshToken() => _tokens.RevokeRefreshToken();

    public void FailRecords(ZohoRecordFault fault)
    {
        lock (_sync)
        {
            _recordFaults.Add((fault, new Dictionary<string, int>(StringComparer.Ordinal)));
        }
    }

    public void Clear()
    {
        lock (_sync)
        {
            _tooManyRequests = 0;
            _serverErrors = 0;
            _expireTokensAfter = -1;
            _recordFaults.Clear();
            ExpiredTokenCode = "INVALID_TOKEN";
            Latency = TimeSpan.Zero;
        }
    }

    /// <summary>The status a call should fail with now (429 or 5xx), consuming one, or null.</summary>
    public int? TakeCallFault()
    {
        lock (_sync)
        {
            if (_tooManyRequests > 0)
            {
                _tooManyRequests--;
                return 429;
            }

            if (_serverErrors > 0)
            {
                _serverErrors--;
                return _serverErrorStatus;
            }

            return null;
        }
    }

    /// <summary>The record fault hitting this record now, counting the hit, or null.</summary>
    public ZohoRecordFault? TakeRecordFault(string module, JsonObject record)
    {
        lock (_sync)
        {
            foreach (var (fault, hits) in _recordFaults.Where(f => f.Fault.Module == module))
            {
                if (record[fault.MatchField] is not JsonValue value || value.ToString() != fault.MatchValue)
                {
                    continue;
                }

                var count = hits.GetValueOrDefault(fault.MatchValue);
                if (fault.Times >= 0 && count >= fault.Times)
                {
                    continue;
                }

                hits[fault.MatchValue] = count + 1;
                return fault;
            }

            return null;
        }
    }
}
