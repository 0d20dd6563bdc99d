using System;
using System.Linq;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using A = SalesGoals.Crm.Plugins.Schema.SgGoalAdjustment.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Adjustments;

/// <summary>A requester takes back a submitted request (Withdrawn): nothing changes and it can no longer be decided.</summary>
[TestClass]
public sealed class WithdrawAdjustmentTests
{
    [TestMethod]
    public void Withdraw_OwnSubmittedRequest_IsWithdrawnAndCannotBeApprovedAfterwards()
    {
        // Arrange
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 East").Active().Create();
        var request = world.Adjustment("Q1 East down").Line(goal, newTarget: 450_000m).Submit(world.Rep);

        // Act
        AdjustmentFlow.SetStatus(world, request, world.Rep, SgGoalAdjustment.Options.StatusWithdrawn);
        var approving = Faults.MessageOf(() => AdjustmentFlow.Approve(world, request, world.Director));

        // Assert
        Assert.AreEqual(SgGoalAdjustment.Options.StatusWithdrawn, AdjustmentFlow.Status(world, request));
        Assert.IsNotNull(AdjustmentFlow.Request(world, request).GetAttributeValue<DateTime?>(A.DecidedOn), "when it was withdrawn");
        StringAssert.Contains(approving, "withdrawn");
        Assert.AreEqual(500_000m, AdjustmentFlow.Target(world, goal));
        Assert.AreEqual(0, AdjustmentFlow.AllHistory(world));
    }

    [TestMethod]
    [DataRow(1033, "Only the person who submitted adjustment request \"Q1 East down\" can withdraw it")]
    [DataRow(2052, "只有提交调整申请“Q1 East down”的人才能撤回该申请")]
    public void Withdraw_SomeoneElsesRequest_IsRefusedInTheirLanguage(int language, string expected)
    {
        var world = GoalWorld.Create();
        world.Env.Seed.UserLanguage(world.Director, language);
        var goal = world.Goal("Q1 East").Active().Create();
        var request = world.Adjustment("Q1 East down").Line(goal, newTarget: 450_000m).Submit(world.Rep);

        var message = Faults.MessageOf(() => AdjustmentFlow.SetStatus(world, request, world.Director, SgGoalAdjustment.Options.StatusWithdrawn));

        StringAssert.Contains(message, expected);
        Assert.AreEqual(SgGoalAdjustment.Options.StatusSubmitted, AdjustmentFlow.Status(world, request));
    }

    [TestMethod]
    public void Withdraw_AppliedRequest_IsRefused()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 East").Active().Create();
        var request = world.Adjustment("Q1 East down").Line(goal, newTarget: 450_000m).Submit(world.Rep);
        AdjustmentFlow.Approve(world, request, world.Director);

        var message = Faults.MessageOf(() => AdjustmentFlow.SetStatus(world, request, world.Rep, SgGoalAdjustment.Options.StatusWithdrawn));

        StringAssert.Contains(message, "applied");
        Assert.AreEqual(SgGoalAdjustment.Options.StatusApplied, AdjustmentFlow.Status(world, request));
        Assert.AreEqual(450_000m, AdjustmentFlow.Target(world, goal));
    }

    [TestMethod]
    [DataRow(1033, "Adjustment request withdrawn", "Ray Rep withdrew \"Q1 East down\"")]
    [DataRow(2052, "目标调整申请已撤回", "Ray Rep 撤回了“Q1 East down”")]
    public void Withdraw_SubmittedRequest_ApproverItWasAddressedToIsToldInTheirLanguage(int language, string title, string body)
    {
        var world = GoalWorld.Create();
        world.Env.Seed.UserLanguage(world.Director, language);
        var goal = world.Goal("Q1 East").Active().Create();
        var request = world.Adjustment("Q1 East down").Line(goal, newTarget: 450_000m).Submit(world.Rep);
        var before = AdjustmentFlow.Notifications(world, world.Director).Count;

        AdjustmentFlow.SetStatus(world, request, world.Rep, SgGoalAdjustment.Options.StatusWithdrawn);

        var told = AdjustmentFlow.Notifications(world, world.Director);
        Assert.AreEqual(1, before, "the approver was asked to approve");
        Assert.HasCount(2, told);
        var withdrawn = told.Single(n => n.GetAttributeValue<string>(AppNotification.Fields.Title) == title);
        StringAssert.Contains(withdrawn.GetAttributeValue<string>(AppNotification.Fields.Body), body);
        StringAssert.Contains(withdrawn.GetAttributeValue<string>(AppNotification.Fields.Data), "id=" + request.ToString("D"), "the card opens the request");
        Assert.IsEmpty(AdjustmentFlow.Notifications(world, world.Rep), "the requester is not told what they did");
    }
}
