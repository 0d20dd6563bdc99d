namespace SalesGoals.Crm.Fenxiang.Errors;

/// <summary>What the caller should do about a Fenxiang answer, decided from its errorCode alone.</summary>
public enum FenxiangOutcome
{
    Success = 0,

    /// <summary>Transient server trouble (−1, −2, 50009, gateway 5xx): retry with backoff.</summary>
    Retryable = 1,

    /// <summary>Call limit exceeded (14001, 30004): back off and retry.</summary>
    Throttled = 2,

    /// <summary>The token is invalid or expired (20016, 20005): refresh it once and retry.</summary>
    Reauthenticate = 3,

    /// <summary>Daily quota exhausted or no OpenAPI quota (30002, 30003): stop and report.</summary>
    QuotaExhausted = 4,

    /// <summary>App credentials, permanent code or enterprise are wrong or missing: stop and report.</summary>
    CredentialsRejected = 5,

    /// <summary>The request itself is wrong (10013, 11xxx, 15002, 32000, …): not retryable.</summary>
    InvalidParameter = 6,

    /// <summary>The app or acting user lacks permission (15003, 20012, 20014, 20020–20023): not retryable.</summary>
    PermissionDenied = 7,

    /// <summary>A business rule refused the record (long codes such as 201112011): not retryable.</summary>
    BusinessRule = 8,

    /// <summary>Any other code: not retryable; logged with its traceId.</summary>
    Unknown = 9,
}
