using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.Zoho.Errors;

/// <summary>Maps Zoho's error codes (API and OAuth) onto <see cref="ZohoErrorKind"/>.</summary>
public static class ZohoErrorClassifier
{
    private static readonly Dictionary<string, ZohoErrorKind> ApiCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["INVALID_TOKEN"] = ZohoErrorKind.InvalidToken,

        // The accounts server's word for an expired, deleted or other-DC access token (Zoho Accounts FAQ).
        ["INVALID_OAUTHTOKEN"] = ZohoErrorKind.InvalidToken,
        ["AUTHENTICATION_FAILURE"] = ZohoErrorKind.AuthenticationFailure,
        ["OAUTH_SCOPE_MISMATCH"] = ZohoErrorKind.OAuthScopeMismatch,
        ["NO_PERMISSION"] = ZohoErrorKind.NoPermission,
        ["INVALID_MODULE"] = ZohoErrorKind.InvalidModule,
        ["INVALID_DATA"] = ZohoErrorKind.InvalidData,
        ["DUPLICATE_DATA"] = ZohoErrorKind.DuplicateData,
        ["MANDATORY_NOT_FOUND"] = ZohoErrorKind.MandatoryNotFound,
        ["REQUIRED_PARAM_MISSING"] = ZohoErrorKind.RequiredParamMissing,
        ["LIMIT_EXCEEDED"] = ZohoErrorKind.LimitExceeded,
        ["DISCRETE_PAGINATION_LIMIT_EXCEEDED"] = ZohoErrorKind.DiscretePaginationLimitExceeded,
        ["PAGINATION_LIMIT_EXCEEDED"] = ZohoErrorKind.PaginationLimitExceeded,
        ["ALREADY_MODIFIED"] = ZohoErrorKind.AlreadyModified,
        ["INVALID_QUERY"] = ZohoErrorKind.InvalidQuery,
        ["RECORD_LOCKED"] = ZohoErrorKind.RecordLocked,
        ["TOO_MANY_REQUESTS"] = ZohoErrorKind.TooManyRequests,
        ["INTERNAL_ERROR"] = ZohoErrorKind.InternalError,
    };

    private static readonly Dictionary<string, ZohoErrorKind> TokenCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["invalid_code"] = ZohoErrorKind.TokenInvalidCode,
        ["invalid_client"] = ZohoErrorKind.TokenInvalidClient,
        ["Access Denied"] = ZohoErrorKind.TokenThrottled,
    };

    public static ZohoErrorKind FromApiCode(string? code) =>
        code is not null && ApiCodes.TryGetValue(code, out var kind) ? kind : ZohoErrorKind.Unknown;

    public static ZohoErrorKind FromTokenError(string? error) =>
        error is not null && TokenCodes.TryGetValue(error, out var kind) ? kind : ZohoErrorKind.TokenRefreshFailed;

    /// <summary>Errors worth sending again unchanged (throttling, server trouble, a locked record).</summary>
    public static bool IsTransient(ZohoErrorKind kind) =>
        kind is ZohoErrorKind.TooManyRequests or ZohoErrorKind.InternalError or ZohoErrorKind.RecordLocked or ZohoErrorKind.TokenThrottled;

    /// <summary>A 401 that a fresh access token may cure: the token expired or was deleted (INVALID_TOKEN,
    /// INVALID_OAUTHTOKEN), or Zoho could not authenticate it (AUTHENTICATION_FAILURE, which it also sends
    /// for an expired token). Scope mismatches and permissions are not cured by a new token.</summary>
    public static bool IsCuredByNewToken(ZohoErrorKind kind) =>
        kind is ZohoErrorKind.InvalidToken or ZohoErrorKind.AuthenticationFailure;
}
