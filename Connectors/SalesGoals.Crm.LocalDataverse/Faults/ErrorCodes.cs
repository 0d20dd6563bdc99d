namespace SalesGoals.Crm.LocalDataverse.Faults;

/// <summary>
/// The Dataverse web service error codes the local Dataverse raises (values as published in
/// "Web service error codes"; the hexadecimal form is in each comment).
/// </summary>
public static class ErrorCodes
{
    /// <summary>0x80040216 Unexpected error (also used for "Incorrect type of attribute value").</summary>
    public const int UnExpected = unchecked((int)0x80040216);
    /// <summary>0x80040217 ObjectDoesNotExist: "{0} With Id = {1} Does Not Exist".</summary>
    public const int ObjectDoesNotExist = unchecked((int)0x80040217);
    /// <summary>0x80040203 InvalidArgument.</summary>
    public const int InvalidArgument = unchecked((int)0x80040203);
    /// <summary>0x80040237 DuplicateRecord: "Cannot insert duplicate key."</summary>
    public const int DuplicateRecord = unchecked((int)0x80040237);
    /// <summary>0x80040265 IsvAborted: a plug-in threw InvalidPluginExecutionException.</summary>
    public const int IsvAborted = unchecked((int)0x80040265);
    /// <summary>0x80040224 IsvUnExpected: a plug-in threw any other exception.</summary>
    public const int IsvUnExpected = unchecked((int)0x80040224);
    /// <summary>0x80041102 QueryBuilderNoEntity: the table is not in the metadata.</summary>
    public const int QueryBuilderNoEntity = unchecked((int)0x80041102);
    /// <summary>0x80041103 QueryBuilderNoAttribute: the column is not in the table.</summary>
    public const int QueryBuilderNoAttribute = unchecked((int)0x80041103);
    /// <summary>0x80060892 DuplicateRecordEntityKey: an alternate key's values already exist.</summary>
    public const int DuplicateRecordEntityKey = unchecked((int)0x80060892);
    /// <summary>0x80060882 ConcurrencyVersionMismatch.</summary>
    public const int ConcurrencyVersionMismatch = unchecked((int)0x80060882);
    /// <summary>0x80060883 ConcurrencyVersionNotProvided.</summary>
    public const int ConcurrencyVersionNotProvided = unchecked((int)0x80060883);
    /// <summary>0x80044182 SdkCorrelationTokenDepthTooHigh: the plug-in depth limit was reached.</summary>
    public const int SdkCorrelationTokenDepthTooHigh = unchecked((int)0x80044182);
    /// <summary>0x80100005 CannotUseOpportunitySetStateMessage: Update/SetState to Won or Lost.</summary>
    public const int CannotUseOpportunitySetStateMessage = unchecked((int)0x80100005);
    /// <summary>0x80044331 a string longer than the column's maximum length.</summary>
    public const int StringLengthTooLong = unchecked((int)0x80044331);
    /// <summary>0x8004431A (-2147204326) PicklistValueOutOfRange: an option value outside the column's option set.
    /// Microsoft's catalogue ("Web service error codes", powerapps-docs data-service-error-codes.md) gives this code the
    /// name PicklistValueOutOfRange and the generic text "The picklist value is out of the range."; our message is the
    /// detailed validation form ("A validation error occurred. The value … of 'column' on record of type 'table' is
    /// outside the valid range. Accepted Values: …"), which names the column, as callers need to act on it.</summary>
    public const int PicklistValueOutOfRange = unchecked((int)0x8004431A);
    /// <summary>0x8004431A a number outside the column's MinValue..MaxValue ("... is outside the valid range. Accepted
    /// Range: …"). The catalogue names 0x8004431A only for option values (see <see cref="PicklistValueOutOfRange"/>);
    /// using it for numbers too is our choice, not confirmed against a live organization.</summary>
    public const int ValueOutOfRange = unchecked((int)0x8004431A);
    /// <summary>0x8009000C a plug-in caught a failed service call and carried on: "ISV code reduced the open
    /// transaction count. Custom plug-ins should not catch exceptions from OrganizationService calls and continue processing."</summary>
    public const int IsvReducedOpenTransactionCount = unchecked((int)0x8009000C);
    /// <summary>0x80040251 a service call in a transaction that an earlier failed call ended: "There is no active transaction..."</summary>
    public const int NoActiveTransaction = unchecked((int)0x80040251);
    /// <summary>0x80040278 InvalidStateCodeStatusCode: a status that does not belong to the state.</summary>
    public const int InvalidStateCodeStatusCode = unchecked((int)0x80040278);
    /// <summary>0x80040201 a request the local Dataverse has no handler for (local choice of code).</summary>
    public const int RequestNotSupported = unchecked((int)0x80040201);
    /// <summary>0x80040204 InvalidOperation (closing an already closed record and the like).</summary>
    public const int InvalidOperation = unchecked((int)0x80040204);
}
