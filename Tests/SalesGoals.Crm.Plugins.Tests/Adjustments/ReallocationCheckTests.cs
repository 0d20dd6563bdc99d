using System;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Adjustments;

/// <summary>A reallocation's own checks (goals.md §6, E10): its parent must exist and be active, and its lines net to zero.</summary>
[TestClass]
public sealed class ReallocationCheckTests
{
    [TestMethod]
    [DataRow("draft", 1033, "Goal \"2026 company\" is still a draft: change its values directly; adjustment requests are for active goals.")]
    [DataRow("draft", 2052, "目标“2026 company”仍是草稿：请直接修改其数值；调整申请仅适用于已激活的目标。")]
    [DataRow("closed", 1033, "Goal \"2026 company\" is closed and can no longer be adjusted. Request the change on a goal of a current period.")]
    [DataRow("closed", 2052, "目标“2026 company”已关闭，不能再调整。请对当前周期的目标提出调整。")]
    public void Submit_ReallocationUnderAParentThatIsNotActive_IsRefused(string state, int language, string expected)
    {
        // Arrange
        var world = GoalWorld.Create();
        world.Env.Seed.UserLanguage(world.Manager, language);
        var goals = CompanyGoals.Create(world);
        world.AsSystem.Update(new Entity(SgGoal.LogicalName, goals.Parent)
        {
            [F.GoalStatus] = new OptionSetValue(state == "draft" ? SgGoal.Options.StatusDraft : SgGoal.Options.StatusClosed),
        });
        var draft = goals.FiveMillionToServices(world, "Move 5M").Draft(world.Manager);

        // Act
        var message = Faults.MessageOf(() => AdjustmentFlow.Submit(world, draft, world.Manager));

        // Assert
        Assert.AreEqual(expected, message);
        Assert.IsNull(AdjustmentFlow.Status(world, draft));
    }

    [TestMethod]
    public void Approve_ReallocationWithABaseOnlyLine_CountsThatLineAsUnchangedTarget()
    {
        var world = GoalWorld.Create();
        var goals = CompanyGoals.Create(world);
        var request = goals.FiveMillionToServices(world, "Move 5M, hardware base").Line(goals.Hardware, newBase: 30_000_000m)
            .Submit(world.Manager);

        AdjustmentFlow.Approve(world, request, world.Director);

        Assert.AreEqual(SgGoalAdjustment.Options.StatusApplied, AdjustmentFlow.Status(world, request));
        Assert.AreEqual(40_000_000m, AdjustmentFlow.Target(world, goals.Hardware));
        Assert.AreEqual(30_000_000m, world.Read(goals.Hardware).GetAttributeValue<decimal?>(F.BaseValue));
    }

    [TestMethod]
    public void Submit_ReallocationWhoseParentWasDeleted_IsRefusedAndWritesNothing()
    {
        // Arrange: the chosen parent (a draft without history, so it may be deleted) goes away before submission.
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 East").Active().Create();
        var parent = world.Goal("2026 East").Year().Tiers(null, 2_000_000m, null).Create();
        var draft = world.Adjustment("Move").Reallocation(parent).Line(goal, newTarget: 450_000m).Draft(world.Manager);
        world.AsManager.Delete(SgGoal.LogicalName, parent);

        // Act
        var message = Faults.MessageOf(() => AdjustmentFlow.Submit(world, draft, world.Manager));

        // Assert
        Assert.IsNull(AdjustmentFlow.Status(world, draft));
        Assert.AreEqual(0, AdjustmentFlow.AllNotifications(world));
        // The local Dataverse does not cascade deletes, so the lookup still names the goal (in Dataverse: a delete racing the submission).
        StringAssert.Contains(message, $"The adjustment names goal {parent}, which does not exist or is not visible to you.");
    }
}
