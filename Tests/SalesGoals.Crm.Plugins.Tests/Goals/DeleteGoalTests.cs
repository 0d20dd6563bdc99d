using System;
using System.Linq;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;

namespace SalesGoals.Crm.Plugins.Tests.Goals;

/// <summary>A goal with recorded results or a change history is closed, never deleted.</summary>
[TestClass]
public sealed class DeleteGoalTests
{
    [TestMethod]
    [DataRow(1033, "cannot be deleted: it has recorded results. Deleting it would lose that record; close it instead")]
    [DataRow(2052, "不能删除：该目标已记录业绩。删除会丢失这些记录；请改为关闭该目标")]
    public void Delete_GoalWithResults_IsRefusedInTheCallersLanguageAndKept(int language, string expected)
    {
        // Arrange: a draft (unlocked) month goal of the manager's team member with one win counted.
        var world = GoalWorld.Create();
        world.Env.Seed.UserLanguage(world.Manager, language);
        var goal = world.Goal("Feb East").Month(2).Active().Create();
        world.Win(world.Opportunity(world.Rep), 80_000m, new DateTime(2026, 2, 10));
        Assert.HasCount(1, world.Contributions(goal));

        // Act
        var message = Faults.MessageOf(() => world.AsSystem.Delete(SgGoal.LogicalName, goal));
        var asManager = Faults.MessageOf(() => world.AsManager.Delete(SgGoal.LogicalName, goal));

        // Assert
        StringAssert.Contains(asManager, expected);
        StringAssert.Contains(message, "recorded results", "not even the platform deletes it");
        Assert.AreEqual(80_000m, world.Actual(goal));
    }

    [TestMethod]
    public void Delete_GoalWithAppliedAdjustment_IsRefusedForItsChangeHistory()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("Feb East").Month(2).Active().Create();
        var request = world.Adjustment("Feb down").Line(goal, newTarget: 450_000m).Submit(world.Rep);
        AdjustmentFlow.Approve(world, request, world.Director);

        var message = Faults.MessageOf(() => world.AsSystem.Delete(SgGoal.LogicalName, goal));

        StringAssert.Contains(message, "a change history");
        Assert.AreEqual(450_000m, AdjustmentFlow.Target(world, goal));
    }

    [TestMethod]
    public void Delete_GoalWithoutHistory_IsDeleted()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("Feb East").Month(2).Create();

        world.AsManager.Delete(SgGoal.LogicalName, goal);

        Assert.IsFalse(world.AsSystem.RetrieveMultiple(new QueryExpression(SgGoal.LogicalName)).Entities.Any(e => e.Id == goal));
    }
}
