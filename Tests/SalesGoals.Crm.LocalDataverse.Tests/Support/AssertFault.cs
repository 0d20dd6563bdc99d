using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.LocalDataverse.Tests.Support;

/// <summary>Asserts Dataverse's error shape: FaultException of OrganizationServiceFault with the error code.</summary>
public static class AssertFault
{
    public static OrganizationServiceFault Throws(int errorCode, Action action)
    {
        var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(action);
        Assert.AreEqual(errorCode, fault.Detail.ErrorCode, $"Fault code 0x{fault.Detail.ErrorCode:X8}: {fault.Detail.Message}");
        Assert.AreEqual(fault.Detail.Message, fault.Message);
        return fault.Detail;
    }
}
