namespace SalesGoals.Crm.Zoho.Errors;

/// <summary>Typed outcome of every error shape Zoho documents (API codes and OAuth token errors).</summary>
public enum ZohoErrorKind
{
    Unknown = 0,
    InvalidToken,
    AuthenticationFailure,
    OAuthScopeMismatch,
    NoPermission,
    InvalidModule,
    InvalidData,
    DuplicateData,
    MandatoryNotFound,
    RequiredParamMissing,
    LimitExceeded,
    DiscretePaginationLimitExceeded,
    PaginationLimitExceeded,
    AlreadyModified,
    InvalidQuery,
    RecordLocked,
    TooManyRequests,
    InternalError,

    /// <summary>Token endpoint answered 200 with <c>{"error":"invalid_code"}</c>: the refresh token is revoked or wrong.</summary>
    TokenInvalidCode,

    /// <summary>Token endpoint answered 200 with <c>{"error":"invalid_client"}</c>: client id/secret or data centre wrong.</summary>
    TokenInvalidClient,

    /// <summary>The token endpoint throttled us: HTTP 400 <c>{"error":"Access Denied","error_description":"You have made
    /// too many requests continuously..."}</c>. Transient: retried after a pause, never a configuration fault.</summary>
    TokenThrottled,

    /// <summary>Any other token endpoint error.</summary>
    TokenRefreshFailed,

    /// <summary>The connector refused to mint another token: Zoho allows 10 per refresh token per 10 minutes.</summary>
    TokenMintLimitReached,
}
