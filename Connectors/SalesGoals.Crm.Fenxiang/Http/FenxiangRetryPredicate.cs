using System;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using SalesGoals.Crm.Fenxiang.Errors;

namespace SalesGoals.Crm.Fenxiang.Http;

/// <summary>
/// Decides retries from the body's errorCode (errors come as HTTP 200) or the gateway status. A create is
/// retried only when the server surely did not run it (throttling): after a timeout or a system error the
/// record may exist, so the adapter re-reads by key before writing again.
/// </summary>
public static class FenxiangRetryPredicate
{
    public static ValueTask<bool> ShouldRetry(RetryPredicateArguments<HttpResponseMessage> args)
    {
        var request = args.Context.GetRequestMessage();
        var isCreate = request?.RequestUri?.AbsolutePath.EndsWith("/data/create", StringComparison.Ordinal) == true;
        var outcome = OutcomeOf(args.Outcome);
        var retry = outcome switch
        {
            FenxiangOutcome.Throttled => true,
            FenxiangOutcome.Retryable => !isCreate,
            _ => false,
        };
        return ValueTask.FromResult(retry);
    }

    /// <summary>The typed outcome of one attempt.</summary>
    public static FenxiangOutcome OutcomeOf(Outcome<HttpResponseMessage> attempt)
    {
        if (attempt.Exception is not null)
        {
            return attempt.Exception is HttpRequestException or TimeoutRejectedException
                ? FenxiangOutcome.Retryable
                : FenxiangOutcome.Unknown;
        }

        var response = attempt.Result;
        if (response is null)
        {
            return FenxiangOutcome.Unknown;
        }

        if (ResponseInspectionHandler.ErrorCodeOf(response) is { } code)
        {
            return FenxiangErrorClassifier.Classify(code);
        }

        return response.IsSuccessStatusCode ? FenxiangOutcome.Success : FenxiangErrorClassifier.ClassifyHttpStatus((int)response.StatusCode);
    }
}
