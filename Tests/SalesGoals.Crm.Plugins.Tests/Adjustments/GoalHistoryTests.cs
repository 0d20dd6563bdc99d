using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;
using H = SalesGoals.Crm.Plugins.Schema.SgGoalHistory.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Adjustments;

/// <summary>What a goal's change history shows: a readable name, the goal's owner, the reason, within the columns' limits.</summary>
[TestClass]
public sealed class GoalHistoryTests
{
    [TestMethod]
    public void Approve_TargetChange_HistoryRowIsNamedAfterTheGoalOwnedLikeItAndGivesTheReason()
    {
        // Arrange
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 East").Active().Create();
        var request = world.Adjustment("Q1 East down").Line(goal, newTarget: 450_000m).Submit(world.Rep);

        // Act
        AdjustmentFlow.Approve(world, request, world.Director);

        // Assert
        var row = AdjustmentFlow.History(world, goal).Single();
        Assert.AreEqual("Q1 East: " + F.TargetValue, row.GetAttributeValue<string>(H.Name));
        Assert.AreEqual(world.Read(goal).GetAttributeValue<EntityReference>(F.OwnerId).Id, row.GetAttributeValue<EntityReference>(F.OwnerId).Id);
        Assert.AreEqual("market change: A large competitor left the region.", row.GetAttributeValue<string>(H.Reason));
        Assert.AreEqual(SgGoalHistory.Options.Adjustment, row.GetAttributeValue<OptionSetValue>(H.ChangeKind).Value);
        Assert.AreEqual(request, row.GetAttributeValue<EntityReference>(H.AdjustmentId).Id);
    }

    [TestMethod]
    public void Approve_LongGoalNameAndJustification_CutsTheHistoryNameAndReasonToTheirColumns()
    {
        var world = GoalWorld.Create();
        var name = new string('G', 200);
        var goal = world.Goal(name).Active().Create();
        var request = world.Adjustment("Q1 East down").With(SgGoalAdjustment.Fields.Justification, new string('j', 3000)).Line(goal, newTarget: 450_000m).Submit(world.Rep);

        AdjustmentFlow.Approve(world, request, world.Director);

        var row = AdjustmentFlow.History(world, goal).Single();
        Assert.AreEqual(name, row.GetAttributeValue<string>(H.Name));
        Assert.AreEqual("market change: " + new string('j', 2000 - "market change: ".Length), row.GetAttributeValue<string>(H.Reason));
    }

    [TestMethod]
    public void Update_ManagerEditsActiveMonthTarget_HistoryRowHasTheTimeAndNoReason()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("March").Month(3).Active().Create();

        world.AsManager.Update(new Entity(SgGoal.LogicalName, goal) { [F.TargetValue] = 550_000m });

        var row = AdjustmentFlow.History(world, goal).Single();
        Assert.AreEqual(GoalWorld.Now.UtcDateTime, row.GetAttributeValue<DateTime>(H.ChangedOn));
        Assert.IsNull(row.GetAttributeValue<string>(H.Reason));
        Assert.AreEqual("March: " + F.TargetValue, row.GetAttributeValue<string>(H.Name));
    }
}
