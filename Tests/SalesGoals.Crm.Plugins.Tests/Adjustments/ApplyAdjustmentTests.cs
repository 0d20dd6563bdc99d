using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.LocalDataverse.Concurrency;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Adjustments;

/// <summary>Applying on approval: all lines or none, checked again on the current goals, progress recomputed.</summary>
[TestClass]
public sealed class ApplyAdjustmentTests
{
    [TestMethod]
    [DataRow(1033, "could not be updated")]
    [DataRow(2052, "无法更新")]
    public void Approve_WhenTheSecondLinesGoalCannotBeWritten_ChangesNoGoalAndWritesNoHistoryOrNotification(int language, string expected)
    {
        var world = GoalWorld.Create();
        world.Env.Seed.UserLanguage(world.Director, language);
        var march = world.Goal("March").Month(3).Active().Create();
        var april = world.Goal("April").Month(4).Active().Create();
        var request = world.Adjustment("Spring shift").Line(march, newTarget: 400_000m).Line(april, newTarget: 600_000m).Submit(world.Rep);
        var notifications = AdjustmentFlow.AllNotifications(world);
        // March (the decrease) is written first; just before April's write, its manager deletes April.
        world.Env.Interleaving.At(
            p => p.MessageName == "Update" && p.PrimaryEntityId == april && p.Stage == 20 && p.Point == PipelinePoint.BeforeStage,
            _ => world.AsManager.Delete(SgGoal.LogicalName, april));

        var message = Faults.MessageOf(() => AdjustmentFlow.Approve(world, request, world.Director));

        StringAssert.Contains(message, expected);
        Assert.AreEqual(500_000m, AdjustmentFlow.Target(world, march), "the line already written was rolled back");
        Assert.AreEqual(0, AdjustmentFlow.AllHistory(world));
        Assert.AreEqual(notifications, AdjustmentFlow.AllNotifications(world));
        Assert.AreEqual(SgGoalAdjustment.Options.StatusSubmitted, AdjustmentFlow.Status(world, request));
    }

    [TestMethod]
    [DataRow(1033, "is closed and can no longer be adjusted")]
    [DataRow(2052, "已关闭，不能再调整")]
    public void Approve_AfterAGoalWasClosed_IsRefusedAndChangesNothing(int language, string expected)
    {
        var world = GoalWorld.Create();
        world.Env.Seed.UserLanguage(world.Director, language);
        var march = world.Goal("March").Month(3).Active().Create();
        var april = world.Goal("April").Month(4).Active().Create();
        var request = world.Adjustment("Spring shift").Line(march, newTarget: 400_000m).Line(april, newTarget: 600_000m).Submit(world.Rep);
        world.AsManager.Update(new Entity(SgGoal.LogicalName, april) { [F.GoalStatus] = new OptionSetValue(SgGoal.Options.StatusClosed) });

        var message = Faults.MessageOf(() => AdjustmentFlow.Approve(world, request, world.Director));

        StringAssert.Contains(message, expected);
        Assert.AreEqual(500_000m, AdjustmentFlow.Target(world, march));
        Assert.AreEqual(SgGoalAdjustment.Options.StatusSubmitted, AdjustmentFlow.Status(world, request));
    }

    [TestMethod]
    public void Approve_TargetChange_RecomputesAttainmentAgainstTheNewTarget()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 East").Active().Create();
        world.Win(world.Opportunity(world.Rep), 100_000m, new DateTime(2026, 2, 10));
        Assert.AreEqual(20m, world.Read(goal).GetAttributeValue<decimal?>(F.AttainmentPct));
        var request = world.Adjustment("Q1 East down").Line(goal, newTarget: 400_000m).Submit(world.Rep);

        AdjustmentFlow.Approve(world, request, world.Director);

        var row = world.Read(goal);
        Assert.AreEqual(400_000m, row.GetAttributeValue<decimal>(F.TargetValue));
        Assert.AreEqual(25m, row.GetAttributeValue<decimal?>(F.AttainmentPct));
        Assert.AreEqual(100_000m, row.GetAttributeValue<decimal?>(F.Actual));
    }
}
