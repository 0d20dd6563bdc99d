namespace SalesGoals.Crm.Fenxiang.Errors;

/// <summary>The error codes the connector acts on (published table plus codes observed in practice).</summary>
public static class FenxiangErrorCodes
{
    public const long Success = 0;
    public const long Busy = -1;
    public const long SystemError = -2;
    public const long MissingAppId = 10001;
    public const long MissingAppSecret = 10002;
    public const long AppSecretIllegal = 10006;
    public const long MissingPermanentCode = 10012;

    /// <summary>Published as "corpAccessToken missing", but also what the gateway answers for an offset beyond 10000.</summary>
    public const long OffsetOutOfRange = 10013;

    public const long MissingCorpId = 10014;
    public const long CallLimitExceeded = 14001;
    public const long BadParameter = 15002;
    public const long AppLacksPermission = 15003;
    public const long AppAccessTokenExpired = 20005;
    public const long AppIdOrSecretWrong = 20006;
    public const long OpenUserIdNotFound = 20012;
    public const long NoAccessToEmployee = 20014;
    public const long PermanentCodeWrong = 20015;
    public const long TokenInvalid = 20016;

    /// <summary>Published as "corpId not found"; observed for calls without any credentials.</summary>
    public const long CorpIdNotFound = 20017;

    public const long DailyQuotaExhausted = 30002;
    public const long NoQuota = 30003;
    public const long PerSecondLimitExceeded = 30004;
    public const long DepartmentMissing = 30007;
    public const long EmployeeMissing = 30027;
    public const long ParameterError = 32000;
    public const long ServiceTimeout = 50009;

    /// <summary>Business rule: a lookup points at a record that does not exist.</summary>
    public const long LookupTargetMissing = 201112011;
}
