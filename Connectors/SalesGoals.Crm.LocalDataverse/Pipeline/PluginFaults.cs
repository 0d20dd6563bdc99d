using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.LocalDataverse.Faults;

namespace SalesGoals.Crm.LocalDataverse.Pipeline;

/// <summary>What the caller sees when a plug-in throws, as Dataverse reports it.</summary>
internal static class PluginFaults
{
    public static FaultException<OrganizationServiceFault> From(Exception exception, string traceText) => exception switch
    {
        FaultException<OrganizationServiceFault> fault => fault,
        InvalidPluginExecutionException invalid => DataverseFault.Create(ErrorCodes.IsvAborted, invalid.Message, traceText),
        _ => DataverseFault.Create(ErrorCodes.IsvUnExpected,
            $"Unexpected exception from plug-in (Execute): {exception.GetType().FullName}: {exception.Message}", traceText),
    };
}
