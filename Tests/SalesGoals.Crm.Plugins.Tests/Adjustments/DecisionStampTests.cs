using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using A = SalesGoals.Crm.Plugins.Schema.SgGoalAdjustment.Fields;
using L = SalesGoals.Crm.Plugins.Schema.SgGoalAdjustmentLine.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Adjustments;

/// <summary>Who asked, who decided and when: stamped by the plug-ins at each step, never taken from the caller.</summary>
[TestClass]
public sealed class DecisionStampTests
{
    [TestMethod]
    public void Submit_ManagerSubmitsTheRepsDraft_RecordsTheManagerAsRequesterAndTheOldTiersOnTheLine()
    {
        // Arrange
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 East").Active().Create();
        var draft = world.Adjustment("Q1 East reset").Line(goal, newBase: 350_000m, newTarget: 450_000m, newStretch: 550_000m).Draft(world.Rep);

        // Act
        AdjustmentFlow.Submit(world, draft, world.Manager);

        // Assert
        Assert.AreEqual(world.Manager, AdjustmentFlow.Request(world, draft).GetAttributeValue<EntityReference>(A.RequestedById).Id);
        var line = AdjustmentFlow.Lines(world, draft).Single();
        Assert.AreEqual(400_000m, line.GetAttributeValue<decimal?>(L.OldBaseValue));
        Assert.AreEqual(500_000m, line.GetAttributeValue<decimal?>(L.OldTargetValue));
        Assert.AreEqual(600_000m, line.GetAttributeValue<decimal?>(L.OldStretchValue));
    }

    [TestMethod]
    public void Reject_WithForgedStamps_KeepsTheSubmissionTimeAndNeverShowsItApplied()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 East").Active().Create();
        var request = world.Adjustment("Q1 East down").Line(goal, newTarget: 450_000m).Submit(world.Rep);
        world.Time.Advance(TimeSpan.FromHours(2));

        world.Env.GetOrganizationService(world.Director).Update(new Entity(SgGoalAdjustment.LogicalName, request)
        {
            [A.Status] = new OptionSetValue(SgGoalAdjustment.Options.StatusRejected),
            [A.DecisionComment] = "Not this quarter.",
            [A.AppliedOn] = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            [A.RequestedOn] = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            [A.RequestedById] = new EntityReference(PlatformTables.SystemUser, world.Director),
        });

        var row = AdjustmentFlow.Request(world, request);
        Assert.IsNull(row.GetAttributeValue<DateTime?>(A.AppliedOn));
        Assert.AreEqual(GoalWorld.Now.UtcDateTime, row.GetAttributeValue<DateTime?>(A.RequestedOn));
        Assert.AreEqual(GoalWorld.Now.UtcDateTime.AddHours(2), row.GetAttributeValue<DateTime?>(A.DecidedOn));
        Assert.AreEqual(world.Rep, row.GetAttributeValue<EntityReference>(A.RequestedById).Id);
    }

    [TestMethod]
    public void Withdraw_Later_RecordsWhenItWasWithdrawn()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 East").Active().Create();
        var request = world.Adjustment("Q1 East down").Line(goal, newTarget: 450_000m).Submit(world.Rep);
        world.Time.Advance(TimeSpan.FromHours(3));

        AdjustmentFlow.SetStatus(world, request, world.Rep, SgGoalAdjustment.Options.StatusWithdrawn);

        Assert.AreEqual(GoalWorld.Now.UtcDateTime.AddHours(3), AdjustmentFlow.Request(world, request).GetAttributeValue<DateTime?>(A.DecidedOn));
    }

    [TestMethod]
    public void Reject_OwnRequestAsGoalManagerWithAReason_IsRejectedAndTheRequesterIsTold()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 East").Active().Create();
        var request = world.Adjustment("Q1 East down").Line(goal, newTarget: 450_000m).Submit(world.Manager);

        AdjustmentFlow.Reject(world, request, world.Manager, "Numbers were wrong; a new request follows.");

        Assert.AreEqual(SgGoalAdjustment.Options.StatusRejected, AdjustmentFlow.Status(world, request));
        Assert.HasCount(1, AdjustmentFlow.Notifications(world, world.Manager));
    }

    [TestMethod]
    [DataRow(1033, "Say why you reject the request (decision comment), so the requester knows what to change.")]
    [DataRow(2052, "请填写驳回原因（审批意见），以便申请人知道需要修改什么。")]
    public void Reject_WithABlankReason_IsRefusedWithTheWholeMessage(int language, string expected)
    {
        var world = GoalWorld.Create();
        world.Env.Seed.UserLanguage(world.Director, language);
        var goal = world.Goal("Q1 East").Active().Create();
        var request = world.Adjustment("Q1 East down").Line(goal, newTarget: 450_000m).Submit(world.Rep);

        var message = Faults.MessageOf(() => AdjustmentFlow.Reject(world, request, world.Director, "   "));

        Assert.AreEqual(expected, message);
        Assert.AreEqual(SgGoalAdjustment.Options.StatusSubmitted, AdjustmentFlow.Status(world, request));
    }

    [TestMethod]
    public void Approve_WhileAnotherDraftIsOpen_AppliesOnlyThisRequestsLines()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 East").Active().Create();
        var march = world.Goal("March").Month(3).Active().Create();
        world.Adjustment("March up").Line(march, newTarget: 550_000m).Draft(world.Rep);
        var request = world.Adjustment("Q1 East down").Line(goal, newTarget: 450_000m).Submit(world.Rep);

        AdjustmentFlow.Approve(world, request, world.Director);

        Assert.AreEqual(450_000m, AdjustmentFlow.Target(world, goal));
        Assert.AreEqual(500_000m, AdjustmentFlow.Target(world, march));
        Assert.IsEmpty(AdjustmentFlow.History(world, march));
    }

    [TestMethod]
    public void Create_DraftWithAForgedRequester_RecordsTheCreator()
    {
        var world = GoalWorld.Create();

        var draft = world.Adjustment("Q1 East down").With(A.RequestedById, new EntityReference(PlatformTables.SystemUser, world.Director)).Draft(world.Rep);

        Assert.AreEqual(world.Rep, AdjustmentFlow.Request(world, draft).GetAttributeValue<EntityReference>(A.RequestedById).Id);
    }

    [TestMethod]
    public void Reject_ByARepWhoIsNotAnApprover_IsRefusedAndTheRequestStaysSubmitted()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 East").Active().Create();
        var request = world.Adjustment("Q1 East down").Line(goal, newTarget: 450_000m).Submit(world.Rep);

        var message = Faults.MessageOf(() => AdjustmentFlow.Reject(world, request, world.OtherRep, "I don't like it."));

        StringAssert.Contains(message, "Only the manager of the goal's manager, or a goal manager, can approve");
        Assert.AreEqual(SgGoalAdjustment.Options.StatusSubmitted, AdjustmentFlow.Status(world, request));
        Assert.IsEmpty(AdjustmentFlow.Notifications(world, world.Rep));
    }
}
