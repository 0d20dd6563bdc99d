namespace SalesGoals.Crm.Fenxiang.Emulator.Protocol;

/// <summary>
/// Codes the emulator answers with (always HTTP 200). Codes below 100000 come from Fenxiang's published
/// table or from observed answers; the long business codes other than 201112011 are the emulator's own
/// choice, shaped like Fenxiang's, because the real ones are not published.
/// </summary>
public static class EmulatorErrorCodes
{
    public const long Busy = -1;
    public const long SystemError = -2;
    public const long MissingAppId = 10001;
    public const long AppSecretIllegal = 10006;
    public const long MissingPermanentCode = 10012;
    public const long OffsetOutOfRange = 10013;
    public const long ObjectNotFound = 11005;
    public const long InvalidValueFormat = 11003;

    /// <summary>Emulator's choice: the object was sent to the wrong path family (preset vs custom).</summary>
    public const long WrongPathFamily = 11010;

    public const long CallLimitExceeded = 14001;
    public const long AppIdOrSecretWrong = 20006;
    public const long OpenUserIdNotFound = 20012;
    public const long PermanentCodeWrong = 20015;
    public const long TokenInvalid = 20016;
    public const long CorpIdNotFound = 20017;
    public const long DailyQuotaExhausted = 30002;
    public const long NoQuota = 30003;
    public const long PerSecondLimitExceeded = 30004;
    public const long EmployeeMissing = 30027;
    public const long ParameterError = 32000;
    public const long ServiceTimeout = 50009;
    public const long RequiredFieldMissing = 201112001;
    public const long UnknownField = 201112004;
    public const long LookupTargetMissing = 201112011;
    public const long OwnerChangeNeedsChangeOwner = 201112020;
    public const long DeleteNeedsInvalidFirst = 201112030;
    public const long DuplicateUniqueValue = 201112040;
    public const long RecordNotFound = 201112050;
    public const long RecordInvalidated = 201112051;
}
