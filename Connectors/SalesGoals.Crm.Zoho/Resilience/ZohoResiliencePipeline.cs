using System;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using SalesGoals.Crm.Zoho.Configuration;

namespace SalesGoals.Crm.Zoho.Resilience;

/// <summary>The one place Zoho resilience is set: total timeout, retry with exponential backoff and
/// jitter (Zoho sends no Retry-After), a circuit breaker on server failures, and a per-attempt timeout.</summary>
public static class ZohoResiliencePipeline
{
    /// <param name="pipeline">The pipeline to set up.</param>
    /// <param name="options">The org's settings.</param>
    /// <param name="time">The clock back-offs and timeouts run on: <see cref="TimeProvider.System"/> in
    /// production, a fake one in tests so no test waits real time for a back-off.</param>
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ZohoOptions options, TimeProvider time)
    {
        pipeline.TimeProvider = time;
        pipeline
            .AddTimeout(options.TotalTimeout)
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(1, options.MaxRetryAttempts),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = TimeSpan.FromSeconds(30),
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(
                    options.MaxRetryAttempts > 0 && ZohoRetryRules.ShouldRetry(args.Outcome, args.Context.GetRequestMessage())),
            })
            .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                // Throttling is handled by backoff; only server failures should open the circuit.
                ShouldHandle = args => ValueTask.FromResult(ZohoRetryRules.IsTransientFailure(args.Outcome)),
                FailureRatio = 0.5,
                MinimumThroughput = 20,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = TimeSpan.FromSeconds(5),
            })
            .AddTimeout(options.AttemptTimeout);
    }
}
