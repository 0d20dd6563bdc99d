using System;
using System.Globalization;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.LocalDataverse.Faults;

/// <summary>Builds the faults a caller of Dataverse sees: FaultException of OrganizationServiceFault.</summary>
public static class DataverseFault
{
    public static FaultException<OrganizationServiceFault> Create(int errorCode, string message, string? traceText = null)
    {
        var fault = new OrganizationServiceFault
        {
            ErrorCode = errorCode,
            Message = message,
            TraceText = traceText,
        };
        return new FaultException<OrganizationServiceFault>(fault, new FaultReason(message));
    }

    public static FaultException<OrganizationServiceFault> RecordNotFound(string table, Guid id) =>
        Create(ErrorCodes.ObjectDoesNotExist,
            string.Create(CultureInfo.InvariantCulture, $"{table} With Id = {id} Does Not Exist"));

    public static FaultException<OrganizationServiceFault> RecordNotFoundByKey(string table, string keyText) =>
        Create(ErrorCodes.ObjectDoesNotExist, $"A record with the specified key values does not exist in {table} entity ({keyText})");

    public static FaultException<OrganizationServiceFault> UnknownTable(string table) =>
        Create(ErrorCodes.QueryBuilderNoEntity,
            $"The entity with a name = '{table}' with namemapping = 'Logical' was not found in the MetadataCache.");

    public static FaultException<OrganizationServiceFault> UnknownColumn(string table, string column) =>
        Create(ErrorCodes.QueryBuilderNoAttribute,
            $"'{table}' entity doesn't contain attribute with Name = '{column}' and NameMapping = 'Logical'.");

    public static FaultException<OrganizationServiceFault> WrongType(object value) =>
        Create(ErrorCodes.UnExpected, $"Incorrect type of attribute value {value.GetType().FullName}");

    public static FaultException<OrganizationServiceFault> DuplicateKey() =>
        Create(ErrorCodes.DuplicateRecord, "Cannot insert duplicate key.");

    public static FaultException<OrganizationServiceFault> DuplicateAlternateKey(string values, string keyName) =>
        Create(ErrorCodes.DuplicateRecordEntityKey,
            $"A record that has the attribute values {values} already exists. The entity key {keyName} requires that this set of attributes contains unique values. Select unique values and try again.");

    public static FaultException<OrganizationServiceFault> VersionMismatch() =>
        Create(ErrorCodes.ConcurrencyVersionMismatch,
            "The version of the existing record doesn't match the RowVersion property provided.");

    public static FaultException<OrganizationServiceFault> VersionNotProvided() =>
        Create(ErrorCodes.ConcurrencyVersionNotProvided,
            "The RowVersion property must be provided when the value of ConcurrencyBehavior is IfVersionMatches.");

    public static FaultException<OrganizationServiceFault> InvalidArgument(string message) =>
        Create(ErrorCodes.InvalidArgument, message);

    public static FaultException<OrganizationServiceFault> InfiniteLoop() =>
        Create(ErrorCodes.SdkCorrelationTokenDepthTooHigh,
            "This workflow job was canceled because the workflow that started it included an infinite loop. Correct the workflow logic and try again.");
}
