namespace SalesGoals.Crm.Fenxiang.Errors;

/// <summary>Maps an errorCode to an outcome. Never looks at errorMessage: its text changes.</summary>
public static class FenxiangErrorClassifier
{
    public static FenxiangOutcome Classify(long errorCode) => errorCode switch
    {
        FenxiangErrorCodes.Success => FenxiangOutcome.Success,
        FenxiangErrorCodes.Busy or FenxiangErrorCodes.SystemError or FenxiangErrorCodes.ServiceTimeout => FenxiangOutcome.Retryable,
        FenxiangErrorCodes.CallLimitExceeded or FenxiangErrorCodes.PerSecondLimitExceeded => FenxiangOutcome.Throttled,
        FenxiangErrorCodes.TokenInvalid or FenxiangErrorCodes.AppAccessTokenExpired => FenxiangOutcome.Reauthenticate,
        FenxiangErrorCodes.DailyQuotaExhausted or FenxiangErrorCodes.NoQuota => FenxiangOutcome.QuotaExhausted,
        FenxiangErrorCodes.MissingAppId or FenxiangErrorCodes.MissingAppSecret or FenxiangErrorCodes.AppSecretIllegal
            or FenxiangErrorCodes.MissingPermanentCode or FenxiangErrorCodes.MissingCorpId
            or FenxiangErrorCodes.AppIdOrSecretWrong or FenxiangErrorCodes.PermanentCodeWrong
            or FenxiangErrorCodes.CorpIdNotFound => FenxiangOutcome.CredentialsRejected,
        FenxiangErrorCodes.OffsetOutOfRange or FenxiangErrorCodes.BadParameter or FenxiangErrorCodes.ParameterError
            or FenxiangErrorCodes.DepartmentMissing or FenxiangErrorCodes.EmployeeMissing => FenxiangOutcome.InvalidParameter,
        >= 11000 and < 12000 => FenxiangOutcome.InvalidParameter,
        FenxiangErrorCodes.AppLacksPermission or FenxiangErrorCodes.OpenUserIdNotFound
            or FenxiangErrorCodes.NoAccessToEmployee => FenxiangOutcome.PermissionDenied,
        >= 20020 and <= 20023 => FenxiangOutcome.PermissionDenied,
        >= 100_000_000 => FenxiangOutcome.BusinessRule,
        _ => FenxiangOutcome.Unknown,
    };

    /// <summary>Outcome of an HTTP status that never reached the API (gateway trouble).</summary>
    public static FenxiangOutcome ClassifyHttpStatus(int statusCode) => statusCode switch
    {
        429 => FenxiangOutcome.Throttled,
        408 or >= 500 => FenxiangOutcome.Retryable,
        401 or 403 => FenxiangOutcome.Reauthenticate,
        _ => FenxiangOutcome.Unknown,
    };

    /// <summary>True when a later attempt may succeed without changing the request.</summary>
    public static bool IsTransient(FenxiangOutcome outcome) =>
        outcome is FenxiangOutcome.Retryable or FenxiangOutcome.Throttled;
}
