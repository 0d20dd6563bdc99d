using System;
using System.Net;
using System.Net.Http;
using Polly;
using Polly.Timeout;

namespace SalesGoals.Crm.Zoho.Resilience;

/// <summary>What the resilience pipeline retries. A 429 means Zoho did nothing, so every call may be
/// sent again; a 5xx or a lost connection may have half-happened, so only idempotent calls are retried
/// (GET, PUT, upsert, COQL) — never a plain insert, which could create a duplicate.</summary>
public static class ZohoRetryRules
{
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpRequestMessage? request)
    {
        if (outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests })
        {
            return true;
        }

        return IsTransientFailure(outcome) && IsIdempotent(request);
    }

    /// <summary>Server trouble or no answer at all; throttling is not a failure of the server.</summary>
    public static bool IsTransientFailure(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => (int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout,
        _ => false,
    };

    public static bool IsIdempotent(HttpRequestMessage? request)
    {
        if (request is null)
        {
            return false;
        }

        if (request.Method == HttpMethod.Get || request.Method == HttpMethod.Put || request.Method == HttpMethod.Delete)
        {
            return true;
        }

        var path = request.RequestUri?.AbsolutePath ?? string.Empty;
        return request.Method == HttpMethod.Post
            && (path.EndsWith("/upsert", StringComparison.OrdinalIgnoreCase)
                || path.EndsWith("/coql", StringComparison.OrdinalIgnoreCase)
                || path.EndsWith("/oauth/v2/token", StringComparison.OrdinalIgnoreCase));
    }
}
