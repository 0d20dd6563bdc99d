using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.LocalDataverse.Faults;
using SalesGoals.Crm.LocalDataverse.Tests.Support;

namespace SalesGoals.Crm.LocalDataverse.Tests.Pipeline;

[TestClass]
public sealed class TransactionTests
{
    private static int CountRows(TestDataverse dv, string table) =>
        dv.Service.RetrieveMultiple(new QueryExpression(table) { ColumnSet = new ColumnSet(false) }).Entities.Count;

    [TestMethod]
    public void Create_PostOperationThrows_RollsBackTheRowAndNestedWrites()
    {
        var dv = TestDataverse.Create(StepBuilder.On("Create", "sg_sample").Stage(40).Does((c, service, tracing) =>
        {
            service.Create(new Entity("account") { ["name"] = "side effect" });
            tracing.Trace("about to fail");
            throw new InvalidPluginExecutionException("Goal rules say no.");
        }));

        var fault = AssertFault.Throws(ErrorCodes.IsvAborted, () => dv.CreateSample("doomed"));

        Assert.AreEqual("Goal rules say no.", fault.Message);
        StringAssert.Contains(fault.TraceText, "about to fail");
        Assert.AreEqual(0, CountRows(dv, "sg_sample"));
        Assert.AreEqual(0, CountRows(dv, "account"));
    }

    [TestMethod]
    public void Update_NestedOperationTwoLevelsDownThrows_EverythingRolledBack()
    {
        var dv = TestDataverse.Create(
            StepBuilder.On("Update", "sg_sample").Stage(40).Does((c, service, _) =>
                service.Create(new Entity("account") { ["name"] = "level 2" })),
            StepBuilder.On("Create", "account").Stage(40).Does((c, service, _) =>
            {
                service.Create(new Entity("contact") { ["lastname"] = "level 3" });
                throw new InvalidPluginExecutionException("deep failure");
            }));
        var id = dv.CreateSample("first", count: 1);

        AssertFault.Throws(ErrorCodes.IsvAborted, () => dv.Service.Update(new Entity("sg_sample", id) { ["sg_count"] = 2 }));

        Assert.AreEqual(1, dv.Service.Retrieve("sg_sample", id, new ColumnSet("sg_count")).GetAttributeValue<int>("sg_count"));
        Assert.AreEqual(0, CountRows(dv, "account"));
        Assert.AreEqual(0, CountRows(dv, "contact"));
    }

    [TestMethod]
    public void Create_PreValidationThrows_NothingWritten()
    {
        var dv = TestDataverse.Create(StepBuilder.On("Create", "sg_sample").Stage(10)
            .Does((_, _, _) => throw new InvalidPluginExecutionException("invalid")));

        AssertFault.Throws(ErrorCodes.IsvAborted, () => dv.CreateSample("never"));

        Assert.AreEqual(0, CountRows(dv, "sg_sample"));
    }

    [TestMethod]
    public void Create_PluginThrowsOtherException_CallerSeesUnexpectedPluginFault()
    {
        var dv = TestDataverse.Create(StepBuilder.On("Create", "sg_sample").Stage(20)
            .Does((_, _, _) => throw new InvalidOperationException("bug")));

        var fault = AssertFault.Throws(ErrorCodes.IsvUnExpected, () => dv.CreateSample("never"));

        Assert.AreEqual("Unexpected exception from plug-in (Execute): System.InvalidOperationException: bug", fault.Message);
    }

    [TestMethod]
    public void Update_PluginUpdatesItsOwnRowForever_StopsAtDepthLimitAndRollsBack()
    {
        var deepest = 0;
        var dv = TestDataverse.Create(StepBuilder.On("Update", "sg_sample").Stage(40).Does((c, service, _) =>
        {
            deepest = Math.Max(deepest, c.Depth);
            var target = (Entity)c.InputParameters["Target"];
            service.Update(new Entity("sg_sample", target.Id) { ["sg_count"] = c.Depth });
        }));
        var id = dv.CreateSample("loop", count: 0);

        AssertFault.Throws(ErrorCodes.SdkCorrelationTokenDepthTooHigh, () => dv.Service.Update(new Entity("sg_sample", id) { ["sg_count"] = 100 }));

        Assert.AreEqual(8, deepest);
        Assert.AreEqual(0, dv.Service.Retrieve("sg_sample", id, new ColumnSet("sg_count")).GetAttributeValue<int>("sg_count"));
    }

    [TestMethod]
    public void Create_NestedCall_HasParentContextAndDepthPlusOne()
    {
        IPluginExecutionContext? nested = null;
        var dv = TestDataverse.Create(
            StepBuilder.On("Create", "sg_sample").Stage(40).Does((c, service, _) => service.Create(new Entity("account") { ["name"] = "child" })),
            StepBuilder.On("Create", "account").Stage(20).Does((c, _, _) => nested = c));

        dv.CreateSample("parent");

        Assert.AreEqual(2, nested!.Depth);
        Assert.AreEqual("Create", nested.ParentContext.MessageName);
        Assert.AreEqual("sg_sample", nested.ParentContext.PrimaryEntityName);
        Assert.AreEqual(nested.ParentContext.CorrelationId, nested.CorrelationId);
    }

    [TestMethod]
    public void Create_StepRunsAsGivenUser_ContextAndWritesUseThatUser()
    {
        var serviceAccount = Guid.NewGuid();
        IPluginExecutionContext? seen = null;
        var accountId = Guid.Empty;
        var dv = TestDataverse.Create(StepBuilder.On("Create", "sg_sample").Stage(40).RunAs(serviceAccount).Does((c, service, _) =>
        {
            seen = c;
            accountId = service.Create(new Entity("account") { ["name"] = "made by plug-in" });
        }));
        dv.Environment.Seed.Row(new Entity("systemuser", serviceAccount) { ["fullname"] = "Service Account", ["lastname"] = "Account", ["domainname"] = "svc@test" });

        dv.CreateSample("x");

        Assert.AreEqual(serviceAccount, seen!.UserId);
        Assert.AreEqual(dv.UserId, seen.InitiatingUserId);
        var account = dv.Service.Retrieve("account", accountId, new ColumnSet("createdby", "ownerid"));
        Assert.AreEqual(serviceAccount, account.GetAttributeValue<EntityReference>("createdby").Id);
        Assert.AreEqual(serviceAccount, account.GetAttributeValue<EntityReference>("ownerid").Id);
    }
}
