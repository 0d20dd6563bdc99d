using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using SalesGoals.Crm.Dataverse.WebApi.Configuration;

namespace SalesGoals.Crm.Dataverse.WebApi.Resilience;

/// <summary>The one place Dataverse resilience is set: a total timeout; retries of 429 (service protection limits),
/// 502/503/504, 408 and dropped connections, waiting exactly Retry-After when Dataverse gives it (never sooner) and
/// exponential backoff with jitter otherwise; and a per-attempt timeout. Every request the worker sends is
/// idempotent (reads, upserts by key, delete by key, the pace sweep), so a dropped connection is safe to resend.</summary>
public static class DataverseResiliencePipeline
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, DataverseWebApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(options);
        pipeline
            .AddTimeout(options.TotalTimeout)
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(1, options.MaxRetryAttempts),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(options.MaxRetryAttempts > 0 && IsTransient(args.Outcome)),
            })
            .AddTimeout(options.AttemptTimeout);
    }

    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException } => true,
        { Exception: Polly.Timeout.TimeoutRejectedException } => true,
        { Result: { } response } => response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable
            or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout or HttpStatusCode.RequestTimeout,
        _ => false,
    };
}
