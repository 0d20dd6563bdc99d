using System;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.LocalDataverse.Concurrency;
using SalesGoals.Crm.LocalDataverse.Faults;
using SalesGoals.Crm.LocalDataverse.Tests.Support;

namespace SalesGoals.Crm.LocalDataverse.Tests.Concurrency;

/// <summary>
/// Two wins against one running total (sg_sample.sg_amount stands for a goal's actual): a test
/// pauses the first win between its read and its write, runs the second win, then resumes the first.
/// </summary>
[TestClass]
public sealed class InterleavingTests
{
    private static Func<PipelineCheckpoint, bool> FirstWinAboutToWriteTotal(Guid totalId) =>
        p => p.MessageName == "Update" && p.PrimaryEntityId == totalId && p.Stage == 30 && p.Point == PipelinePoint.BeforeStage && p.Depth == 2;

    private enum Guard
    {
        None,
        VersionCheckAndRetry,
        LockThenRead,
    }

    private static void AddToTotal(IPluginExecutionContext context, IOrganizationService service, Guid totalId, Guard guard)
    {
        var close = (Entity)context.InputParameters["OpportunityClose"];
        var amount = close.GetAttributeValue<Money>("actualrevenue").Value;
        if (guard == Guard.LockThenRead)
        {
            // A write first takes the row lock (Dataverse holds it until commit); the read then sees the latest total.
            service.Update(new Entity("sg_sample", totalId) { ["sg_code"] = "locked" });
        }

        for (var attempt = 0; ; attempt++)
        {
            var total = service.Retrieve("sg_sample", totalId, new ColumnSet("sg_amount"));
            var update = new Entity("sg_sample", totalId) { ["sg_amount"] = new Money(total.GetAttributeValue<Money>("sg_amount").Value + amount), RowVersion = total.RowVersion };
            try
            {
                service.Execute(new UpdateRequest { Target = update, ConcurrencyBehavior = guard == Guard.None ? ConcurrencyBehavior.Default : ConcurrencyBehavior.IfRowVersionMatches });
                return;
            }
            catch (System.ServiceModel.FaultException<OrganizationServiceFault> fault) when (fault.Detail.ErrorCode == ErrorCodes.ConcurrencyVersionMismatch && attempt < 3)
            {
                // another close got there first: read again and retry (what Dataverse does not allow)
            }
        }
    }

    private static (TestDataverse Dv, Guid Total, Guid First, Guid Second) Arrange(Guard guard)
    {
        var totalId = Guid.NewGuid();
        var dv = TestDataverse.Create(StepBuilder.On("Win", "opportunity").Stage(40).Does((c, service, _) => AddToTotal(c, service, totalId, guard)));
        dv.Environment.Seed.Row(new Entity("sg_sample", totalId) { ["sg_name"] = "total", ["sg_amount"] = new Money(0m) });
        return (dv, totalId, dv.Opportunity("first", 100m), dv.Opportunity("second", 50m));
    }

    private static void WinInterleaved(TestDataverse dv, Guid total, Guid first, Guid second)
    {
        var otherRep = dv.Environment.GetOrganizationService(dv.Environment.Seed.User("Other Rep"));
        dv.Environment.Interleaving.At(FirstWinAboutToWriteTotal(total),
            _ => otherRep.Execute(new WinOpportunityRequest { OpportunityClose = SalesData.Close(second, 50m), Status = new OptionSetValue(3) }));
        dv.Service.Execute(new WinOpportunityRequest { OpportunityClose = SalesData.Close(first, 100m), Status = new OptionSetValue(3) });
    }

    private static decimal Total(TestDataverse dv, Guid total) =>
        dv.Service.Retrieve("sg_sample", total, new ColumnSet("sg_amount")).GetAttributeValue<Money>("sg_amount").Value;

    [TestMethod]
    public void Win_TwoClosesInterleavedWithoutVersionCheck_LoseAnUpdate()
    {
        var (dv, total, first, second) = Arrange(Guard.None);

        WinInterleaved(dv, total, first, second);

        Assert.AreEqual(100m, Total(dv, total), "the second win's 50 was overwritten: the interleaving reproduces the race");
    }

    [TestMethod]
    public void Win_PluginRetriesAfterAVersionMismatch_TheFirstWinFailsAsInDataverse()
    {
        var (dv, total, first, second) = Arrange(Guard.VersionCheckAndRetry);

        // The caught mismatch ended the first win's transaction: its retry has no transaction left.
        AssertFault.Throws(ErrorCodes.NoActiveTransaction, () => WinInterleaved(dv, total, first, second));

        Assert.AreEqual(50m, Total(dv, total), "only the second win counted; the first rolled back entirely");
        Assert.AreEqual(0, dv.Service.Retrieve("opportunity", first, new ColumnSet("statecode")).GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.AreEqual(1, dv.Service.Retrieve("opportunity", second, new ColumnSet("statecode")).GetAttributeValue<OptionSetValue>("statecode").Value);
    }

    [TestMethod]
    public void Win_TwoClosesInterleavedWithTheRowLockedBeforeReading_LoseNoUpdate()
    {
        var (dv, total, first, second) = Arrange(Guard.LockThenRead);

        WinInterleaved(dv, total, first, second);

        Assert.AreEqual(150m, Total(dv, total));
        Assert.AreEqual(1, dv.Service.Retrieve("opportunity", first, new ColumnSet("statecode")).GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.AreEqual(1, dv.Service.Retrieve("opportunity", second, new ColumnSet("statecode")).GetAttributeValue<OptionSetValue>("statecode").Value);
    }

    [TestMethod]
    public void Interleaving_RecordCheckpoints_ListsStagesInOrder()
    {
        var dv = TestDataverse.Create();
        dv.Environment.Interleaving.RecordCheckpoints = true;

        dv.CreateSample("first");

        var stages = dv.Environment.Interleaving.Reached;
        CollectionAssert.AreEqual(new[] { 10, 10, 20, 20, 30, 30, 40, 40 }, System.Linq.Enumerable.ToList(System.Linq.Enumerable.Select(stages, s => s.Stage)));
    }
}
