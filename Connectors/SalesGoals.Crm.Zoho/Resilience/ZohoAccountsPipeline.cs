using System;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using SalesGoals.Crm.Zoho.Configuration;

namespace SalesGoals.Crm.Zoho.Resilience;

/// <summary>Resilience of the token endpoint: transient failures are retried with a short back-off; Zoho's
/// token throttle (HTTP 400 <c>{"error":"Access Denied","error_description":"You have made too many requests
/// continuously..."}</c>) is retried after a longer pause, since it clears by itself and is no configuration fault.</summary>
public static class ZohoAccountsPipeline
{
    public const string ThrottleError = "Access Denied";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ZohoOptions options, TimeProvider time)
    {
        pipeline.TimeProvider = time;
        pipeline
            .AddTimeout(options.TotalTimeout)
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(3, options.TokenThrottleRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                ShouldHandle = async args =>
                    (args.AttemptNumber < 3 && HttpClientResiliencePredicates.IsTransient(args.Outcome))
                    || (args.AttemptNumber < options.TokenThrottleRetries && await IsThrottledAsync(args.Outcome.Result)),
                DelayGenerator = async args => await IsThrottledAsync(args.Outcome.Result)
                    ? options.TokenThrottleDelay * Math.Pow(2, args.AttemptNumber)
                    : null,
            })
            .AddTimeout(options.AttemptTimeout);
    }

    /// <summary>True for Zoho's "Access Denied" token throttle (the body is buffered so it can still be read after).</summary>
    public static async ValueTask<bool> IsThrottledAsync(HttpResponseMessage? response)
    {
        if (response is not { StatusCode: HttpStatusCode.BadRequest or HttpStatusCode.TooManyRequests or HttpStatusCode.OK })
        {
            return false;
        }

        await response.Content.LoadIntoBufferAsync();
        var body = await response.Content.ReadAsStringAsync();
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.String
                && string.Equals(error.GetString(), ThrottleError, StringComparison.OrdinalIgnoreCase);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
