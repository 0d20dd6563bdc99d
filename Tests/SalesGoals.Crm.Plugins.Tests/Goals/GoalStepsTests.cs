using System;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Goals;

/// <summary>The goal steps' own decisions: an approved adjustment may change a locked goal's tiers, a validated
/// plan's writes are not checked goal by goal, and a new goal has no children to read.</summary>
[TestClass]
public sealed class GoalStepsTests
{
    [TestMethod]
    public void Approve_AdjustmentOfALockedQuarterGoal_ChangesItsTarget()
    {
        // Arrange: an active quarter goal is locked; the rep asks for less and the director approves.
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 East").Active().Create();
        var request = world.Adjustment("Q1 down").Line(goal, newTarget: 450_000m).Submit(world.Rep);

        // Act
        AdjustmentFlow.Approve(world, request, world.Director);

        // Assert
        Assert.AreEqual(450_000m, AdjustmentFlow.Target(world, goal));
        Assert.IsTrue(world.Read(goal).GetAttributeValue<bool>(F.IsLocked), "still locked");
    }

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public void Apply_PlanOfThreeGoals_ResolvesNoActingUserPerGoal(bool activate)
    {
        // Arrange: the goal steps resolve the acting user (a query of the role table) whenever they check a goal.
        var world = GoalWorld.Create();
        var plan = new PlanBuilder(world);
        plan.Document.Activate = activate;

        // Act
        var outcome = default(PlanOutcome);
        var roleQueries = PluginCalls.During(world.Env, () => outcome = plan.Apply()).QueriesOf(PlatformTables.Role);

        // Assert
        Assert.AreEqual(3, outcome!.Created);
        Assert.AreEqual(activate ? 3 : 0, outcome.Activated);
        Assert.AreEqual(1, roleQueries, "the apply resolves its caller once and checks the plan as a whole");
    }

    [TestMethod]
    public void Create_RootGoal_QueriesGoalsOnlyForDuplicates()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 East");

        var goalQueries = PluginCalls.During(world.Env, () => goal.Create()).QueriesOf(SgGoal.LogicalName);

        Assert.AreEqual(1, goalQueries, "a new goal has no children yet: only the goals of its scope key are read");
    }
}
