using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.Plugins.Tests.Support;

/// <summary>Runs an organization-service call that a plug-in must cancel and returns the message the caller sees.</summary>
public static class Faults
{
    public static string MessageOf(Action call)
    {
        var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(call);
        return fault.Detail.Message;
    }
}
