using System;
using System.Net;
using System.Runtime.ExceptionServices;
using Refit;
using SalesGoals.Crm.Zoho.Errors;

namespace SalesGoals.Crm.Zoho.Api;

/// <summary>Turns Refit answers into content or a typed <see cref="ZohoApiException"/>.</summary>
public static class ZohoApiResponses
{
    /// <summary>The content; null for 204 No Content and 304 Not Modified (nothing to read).</summary>
    public static T? ContentOrEmpty<T>(IApiResponse<T> response)
        where T : class
    {
        EnsureReceived(response);
        if (response.StatusCode is HttpStatusCode.NoContent or HttpStatusCode.NotModified)
        {
            return null;
        }

        if (!response.IsSuccessStatusCode || response.Error is not null)
        {
            throw ToException(response);
        }

        return response.Content;
    }

    /// <summary>Rethrows what stopped the call before any answer (network, timeout, token refresh).</summary>
    public static void EnsureReceived(IApiResponse response)
    {
        if (!response.HasRequestError(out var requestError))
        {
            return;
        }

        if (requestError.InnerException is ZohoApiException or OperationCanceledException)
        {
            ExceptionDispatchInfo.Capture(requestError.InnerException).Throw();
        }

        throw new ZohoApiException(
            new ZohoError(ZohoErrorKind.Unknown, "REQUEST_FAILED", requestError.InnerException?.Message ?? requestError.Message, 0),
            requestError);
    }

    public static int Status(IApiResponse response) => response.StatusCode is { } status ? (int)status : 0;

    /// <summary>The body of an unsuccessful answer, when there was one.</summary>
    public static string? ErrorBody(IApiResponse response) =>
        response.HasResponseError(out var apiError) ? apiError.Content : null;

    public static ZohoApiException ToException(IApiResponse response) =>
        new(ZohoErrorParser.Parse(Status(response), ErrorBody(response)));
}
