using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.LocalDataverse.Faults;
using SalesGoals.Crm.LocalDataverse.Tests.Support;

namespace SalesGoals.Crm.LocalDataverse.Tests.Pipeline;

[TestClass]
public sealed class AsyncStepTests
{
    [TestMethod]
    public void Create_AsyncStep_RunsOnlyWhenDrainedWithItsOwnContext()
    {
        IPluginExecutionContext? seen = null;
        var dv = TestDataverse.Create(StepBuilder.On("Create", "sg_sample").Async().PostImage("post", "sg_name").Does((c, service, _) =>
        {
            seen = c;
            service.Create(new Entity("account") { ["name"] = "from async" });
        }));

        dv.CreateSample("first");
        Assert.IsNull(seen, "asynchronous steps run after commit, not inside the call");
        Assert.AreEqual(1, dv.Environment.PendingAsyncCount);

        var result = dv.Environment.DrainAsync();

        Assert.AreEqual(1, result.Succeeded);
        Assert.AreEqual(1, seen!.Mode);
        Assert.AreEqual(40, seen.Stage);
        Assert.IsFalse(seen.IsInTransaction);
        Assert.AreEqual("first", seen.PostEntityImages["post"].GetAttributeValue<string>("sg_name"));
        Assert.HasCount(1, dv.Service.RetrieveMultiple(new QueryExpression("account")).Entities);
        Assert.AreEqual(0, dv.Environment.PendingAsyncCount);
    }

    [TestMethod]
    public void Create_OperationRolledBack_AsyncStepNeverQueued()
    {
        var dv = TestDataverse.Create(
            StepBuilder.On("Create", "sg_sample").Async().Does((_, _, _) => { }),
            StepBuilder.On("Create", "sg_sample").Stage(40).Does((_, _, _) => throw new InvalidPluginExecutionException("no")));

        AssertFault.Throws(ErrorCodes.IsvAborted, () => dv.CreateSample("first"));

        Assert.AreEqual(0, dv.Environment.PendingAsyncCount);
    }

    [TestMethod]
    public void DrainAsync_StepFails_ReportedAndItsWritesRolledBack()
    {
        var dv = TestDataverse.Create(StepBuilder.On("Create", "sg_sample").Async().Named("flaky").Does((_, service, _) =>
        {
            service.Create(new Entity("account") { ["name"] = "half done" });
            throw new InvalidPluginExecutionException("async failure");
        }));
        dv.CreateSample("first");

        var result = dv.Environment.DrainAsync();

        Assert.AreEqual(0, result.Succeeded);
        Assert.HasCount(1, result.Failures);
        Assert.AreEqual("flaky", result.Failures[0].StepName);
        Assert.AreEqual("async failure", result.Failures[0].Fault.Detail.Message);
        Assert.IsEmpty(dv.Service.RetrieveMultiple(new QueryExpression("account")).Entities);
        Assert.HasCount(1, dv.Service.RetrieveMultiple(new QueryExpression("sg_sample")).Entities, "the triggering operation stays committed");
    }
}
