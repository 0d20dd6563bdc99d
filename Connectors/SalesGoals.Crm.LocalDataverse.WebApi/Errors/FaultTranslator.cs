using System;
using System.ServiceModel;
using Microsoft.OData;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.LocalDataverse.Faults;
using SalesGoals.Crm.LocalDataverse.WebApi.Operations;

namespace SalesGoals.Crm.LocalDataverse.WebApi.Errors;

/// <summary>Turns what the local Dataverse or the OData library threw into the status and error body Dataverse answers with.</summary>
public static class FaultTranslator
{
    public static ApiResponse? Translate(Exception exception) => exception switch
    {
        WebApiException web => ErrorBody.Response(web.Status, web.ErrorCode, web.Message),
        FaultException<OrganizationServiceFault> fault => ErrorBody.Response(StatusOf(fault.Detail.ErrorCode), fault.Detail.ErrorCode, fault.Detail.Message),
        ODataException odata => ErrorBody.Response(400, WebApiErrorCodes.InvalidUrlOrProperty, odata.Message),
        _ => null,
    };

    // The statuses Dataverse answers these codes with.
    public static int StatusOf(int errorCode) => errorCode switch
    {
        ErrorCodes.ObjectDoesNotExist => 404,
        ErrorCodes.DuplicateRecord or ErrorCodes.DuplicateRecordEntityKey => 412,
        ErrorCodes.ConcurrencyVersionMismatch or ErrorCodes.ConcurrencyVersionNotProvided => 412,
        ErrorCodes.IsvUnExpected => 500,
        _ => 400,
    };
}
