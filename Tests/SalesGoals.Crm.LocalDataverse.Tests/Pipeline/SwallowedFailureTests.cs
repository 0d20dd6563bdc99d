using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.LocalDataverse.Faults;
using SalesGoals.Crm.LocalDataverse.Tests.Support;

namespace SalesGoals.Crm.LocalDataverse.Tests.Pipeline;

/// <summary>
/// A plug-in that catches a failed service call and carries on cannot make the operation succeed: as in
/// Dataverse, the failed call ends the transaction, the next call fails with "There is no active
/// transaction" (0x80040251), and the plug-in fails as soon as it returns with "ISV code reduced the
/// open transaction count" (0x8009000C); every write of the operation is rolled back.
/// </summary>
[TestClass]
public sealed class SwallowedFailureTests
{
    private static int CountRows(TestDataverse dv, string table) =>
        dv.Service.RetrieveMultiple(new QueryExpression(table) { ColumnSet = new ColumnSet(false) }).Entities.Count;

    private static void RetrieveMissingAccount(IOrganizationService service) =>
        service.Retrieve("account", Guid.NewGuid(), new ColumnSet("name"));

    [TestMethod]
    public void Create_PluginSwallowsAFailedCall_OperationFailsAndNothingIsWritten()
    {
        var dv = TestDataverse.Create(StepBuilder.On("Create", "sg_sample").Stage(40).Does((_, service, _) =>
        {
            service.Create(new Entity("account") { ["name"] = "written before the failure" });
            try
            {
                RetrieveMissingAccount(service);
            }
            catch (FaultException<OrganizationServiceFault>)
            {
                // Swallowed on purpose: the pattern Dataverse does not allow.
            }
        }));

        var fault = AssertFault.Throws(ErrorCodes.IsvReducedOpenTransactionCount, () => dv.CreateSample("kept?"));

        StringAssert.Contains(fault.Message, "should not catch exceptions from OrganizationService calls");
        Assert.AreEqual(0, CountRows(dv, "sg_sample"));
        Assert.AreEqual(0, CountRows(dv, "account"));
    }

    [TestMethod]
    public void Update_PluginCallsAgainAfterSwallowingAFailure_NextCallHasNoActiveTransaction()
    {
        FaultException<OrganizationServiceFault>? secondCall = null;
        var dv = TestDataverse.Create(StepBuilder.On("Update", "sg_sample").Stage(20).Does((_, service, _) =>
        {
            try
            {
                RetrieveMissingAccount(service);
            }
            catch (FaultException<OrganizationServiceFault>)
            {
                // Swallowed; the plug-in tries to carry on.
            }

            try
            {
                service.Create(new Entity("account") { ["name"] = "after the failure" });
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                secondCall = fault;
                throw;
            }
        }));
        var id = dv.CreateSample("first", count: 1);

        AssertFault.Throws(ErrorCodes.NoActiveTransaction, () => dv.Service.Update(new Entity("sg_sample", id) { ["sg_count"] = 2 }));

        Assert.AreEqual(ErrorCodes.NoActiveTransaction, secondCall?.Detail.ErrorCode);
        Assert.AreEqual(1, dv.Service.Retrieve("sg_sample", id, new ColumnSet("sg_count")).GetAttributeValue<int>("sg_count"));
        Assert.AreEqual(0, CountRows(dv, "account"));
    }

    [TestMethod]
    public void Create_PluginRethrowsTheFailureAsItsOwn_CallerSeesThePluginsMessage()
    {
        var dv = TestDataverse.Create(StepBuilder.On("Create", "sg_sample").Stage(20).Does((_, service, _) =>
        {
            try
            {
                RetrieveMissingAccount(service);
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                throw new InvalidPluginExecutionException("The linked account is gone: " + fault.Detail.Message);
            }
        }));

        var fault = AssertFault.Throws(ErrorCodes.IsvAborted, () => dv.CreateSample("refused"));

        StringAssert.StartsWith(fault.Message, "The linked account is gone");
        Assert.AreEqual(0, CountRows(dv, "sg_sample"));
    }

    [TestMethod]
    public void Create_PreValidationOfATopLevelCallSwallowsAFailure_IsOutsideTheTransactionAndSucceeds()
    {
        var dv = TestDataverse.Create(StepBuilder.On("Create", "sg_sample").Stage(10).Does((_, service, _) =>
        {
            try
            {
                RetrieveMissingAccount(service);
            }
            catch (FaultException<OrganizationServiceFault>)
            {
                // Stage 10 of a top-level call runs before the transaction starts.
            }
        }));

        dv.CreateSample("kept");

        Assert.AreEqual(1, CountRows(dv, "sg_sample"));
    }
}
