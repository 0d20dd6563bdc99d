using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using A = SalesGoals.Crm.Plugins.Schema.SgGoalAdjustment.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Adjustments;

/// <summary>Approving and rejecting (goals.md §6): only the goal's manager's manager or a goal manager, never one's own request.</summary>
[TestClass]
public sealed class DecideAdjustmentTests
{
    [TestMethod]
    [DataRow(1033, "Only the manager of the goal's manager, or a goal manager, can approve")]
    [DataRow(2052, "只有该目标主管的上级或目标管理员才能审批")]
    public void Approve_ByARepWhoIsNotAnApprover_IsRefusedAndChangesNothing(int language, string expected)
    {
        var world = GoalWorld.Create();
        world.Env.Seed.UserLanguage(world.OtherRep, language);
        var goal = world.Goal("Q1 East").Active().Create();
        var request = world.Adjustment("Q1 East down").Line(goal, newTarget: 450_000m).Submit(world.Rep);

        var message = Faults.MessageOf(() => AdjustmentFlow.Approve(world, request, world.OtherRep));

        StringAssert.Contains(message, expected);
        Assert.AreEqual(SgGoalAdjustment.Options.StatusSubmitted, AdjustmentFlow.Status(world, request));
        Assert.AreEqual(500_000m, AdjustmentFlow.Target(world, goal));
        Assert.AreEqual(0, AdjustmentFlow.AllHistory(world));
    }

    [TestMethod]
    [DataRow(1033, "You cannot approve your own adjustment request")]
    [DataRow(2052, "您不能审批自己提交的调整申请")]
    public void Approve_OwnRequestEvenAsGoalManager_IsRefused(int language, string expected)
    {
        var world = GoalWorld.Create();
        world.Env.Seed.UserLanguage(world.Manager, language);
        var goal = world.Goal("Q1 East").Active().Create();
        var request = world.Adjustment("Q1 East down").Line(goal, newTarget: 450_000m).Submit(world.Manager);

        var message = Faults.MessageOf(() => AdjustmentFlow.Approve(world, request, world.Manager));

        StringAssert.Contains(message, expected);
        Assert.AreEqual(SgGoalAdjustment.Options.StatusSubmitted, AdjustmentFlow.Status(world, request));
        Assert.AreEqual(500_000m, AdjustmentFlow.Target(world, goal));
    }

    [TestMethod]
    public void Approve_ByTheManagersManagerWithoutTheGoalManagerRole_AppliesTheNewTiers()
    {
        var world = GoalWorld.Create();
        var head = world.Env.Seed.User("Hao Head", languageId: 1033);
        var lead = world.Env.Seed.User("Lin Lead", languageId: 1033, managerId: head);
        var goal = world.Goal("Q1 East").With(SgGoal.Fields.ManagerId, new EntityReference(PlatformTables.SystemUser, lead)).Active().Create();
        var request = world.Adjustment("Q1 East reset").Line(goal, newBase: 300_000m, newTarget: 450_000m, newStretch: 550_000m).Submit(world.Rep);

        AdjustmentFlow.Approve(world, request, head);

        var row = world.Read(goal);
        Assert.AreEqual(300_000m, row.GetAttributeValue<decimal>(SgGoal.Fields.BaseValue));
        Assert.AreEqual(450_000m, row.GetAttributeValue<decimal>(SgGoal.Fields.TargetValue));
        Assert.AreEqual(550_000m, row.GetAttributeValue<decimal>(SgGoal.Fields.StretchValue));
        Assert.HasCount(3, AdjustmentFlow.History(world, goal), "one row per changed tier");
        Assert.AreEqual(head, AdjustmentFlow.Request(world, request).GetAttributeValue<EntityReference>(A.ApproverId).Id);
        Assert.IsNotEmpty(AdjustmentFlow.Notifications(world, head), "the manager's manager was asked to approve");
    }

    [TestMethod]
    [DataRow(1033, "Your adjustment request was rejected", "Not before the Q1 review.")]
    [DataRow(2052, "您的目标调整申请已被驳回", "Not before the Q1 review.")]
    public void Reject_WithAReason_RecordsItAndTellsTheRequesterAndChangesNoGoal(int language, string title, string comment)
    {
        var world = GoalWorld.Create();
        world.Env.Seed.UserLanguage(world.Rep, language);
        var goal = world.Goal("Q1 East").Active().Create();
        var request = world.Adjustment("Q1 East down").Line(goal, newTarget: 450_000m).Submit(world.Rep);

        AdjustmentFlow.Reject(world, request, world.Director, comment);

        var row = AdjustmentFlow.Request(world, request);
        Assert.AreEqual(SgGoalAdjustment.Options.StatusRejected, row.GetAttributeValue<OptionSetValue>(A.Status).Value);
        Assert.AreEqual(comment, row.GetAttributeValue<string>(A.DecisionComment));
        Assert.AreEqual(world.Director, row.GetAttributeValue<EntityReference>(A.ApproverId).Id);
        Assert.AreEqual(GoalWorld.Now.UtcDateTime, row.GetAttributeValue<DateTime?>(A.DecidedOn));
        var notice = AdjustmentFlow.Notifications(world, world.Rep).Single();
        Assert.AreEqual(title, notice.GetAttributeValue<string>(AppNotification.Fields.Title));
        StringAssert.Contains(notice.GetAttributeValue<string>(AppNotification.Fields.Body), comment);
        StringAssert.Contains(notice.GetAttributeValue<string>(AppNotification.Fields.Body), "Dana Director");
        Assert.AreEqual(500_000m, AdjustmentFlow.Target(world, goal));
        Assert.AreEqual(0, AdjustmentFlow.AllHistory(world));
    }

    [TestMethod]
    [DataRow(1033, "Say why you reject the request")]
    [DataRow(2052, "请填写驳回原因")]
    public void Reject_WithoutAReason_IsRefused(int language, string expected)
    {
        var world = GoalWorld.Create();
        world.Env.Seed.UserLanguage(world.Director, language);
        var goal = world.Goal("Q1 East").Active().Create();
        var request = world.Adjustment("Q1 East down").Line(goal, newTarget: 450_000m).Submit(world.Rep);

        var message = Faults.MessageOf(() => AdjustmentFlow.Reject(world, request, world.Director, null));

        StringAssert.Contains(message, expected);
        Assert.AreEqual(SgGoalAdjustment.Options.StatusSubmitted, AdjustmentFlow.Status(world, request));
        Assert.IsEmpty(AdjustmentFlow.Notifications(world, world.Rep));
    }

    [TestMethod]
    [DataRow(1033, "cannot become")]
    [DataRow(2052, "不能变为")]
    public void Approve_ARejectedRequest_IsRefused(int language, string expected)
    {
        var world = GoalWorld.Create();
        world.Env.Seed.UserLanguage(world.Director, language);
        var goal = world.Goal("Q1 East").Active().Create();
        var request = world.Adjustment("Q1 East down").Line(goal, newTarget: 450_000m).Submit(world.Rep);
        AdjustmentFlow.Reject(world, request, world.Director, "No.");

        var message = Faults.MessageOf(() => AdjustmentFlow.Approve(world, request, world.Director));

        StringAssert.Contains(message, expected);
        Assert.AreEqual(500_000m, AdjustmentFlow.Target(world, goal));
    }
}
