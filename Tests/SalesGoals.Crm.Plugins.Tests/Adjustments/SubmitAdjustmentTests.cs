using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using A = SalesGoals.Crm.Plugins.Schema.SgGoalAdjustment.Fields;
using L = SalesGoals.Crm.Plugins.Schema.SgGoalAdjustmentLine.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Adjustments;

/// <summary>Submitting a request (goals.md §6): every rule in both languages, nothing written on failure, the approver told.</summary>
[TestClass]
public sealed class SubmitAdjustmentTests
{
    private static GoalWorld WorldIn(int language)
    {
        var world = GoalWorld.Create();
        foreach (var user in new[] { world.Director, world.Manager, world.Rep, world.OtherRep })
        {
            world.Env.Seed.UserLanguage(user, language);
        }

        return world;
    }

    [TestMethod]
    [DataRow("no-lines", 1033, "names no goal")]
    [DataRow("no-lines", 2052, "未包含任何目标")]
    [DataRow("no-reason", 1033, "Choose a reason")]
    [DataRow("no-reason", 2052, "请选择调整原因")]
    [DataRow("no-justification", 1033, "Explain the adjustment")]
    [DataRow("no-justification", 2052, "请填写调整说明")]
    [DataRow("tiers", 1033, "base ≤ target ≤ stretch")]
    [DataRow("tiers", 2052, "基础目标 ≤ 挑战目标 ≤ 超越目标")]
    [DataRow("same-values", 1033, "are the same as the current ones")]
    [DataRow("same-values", 2052, "与当前数值相同")]
    [DataRow("unknown-goal", 1033, "does not exist")]
    [DataRow("unknown-goal", 2052, "不存在")]
    [DataRow("draft-goal", 1033, "is still a draft")]
    [DataRow("draft-goal", 2052, "仍是草稿")]
    [DataRow("closed-goal", 1033, "is closed and can no longer be adjusted")]
    [DataRow("closed-goal", 2052, "已关闭，不能再调整")]
    [DataRow("not-own-goal", 1033, "only for your own goals or the goals you manage")]
    [DataRow("not-own-goal", 2052, "您只能为自己的目标或您管理的目标申请调整")]
    [DataRow("no-parent", 1033, "choose that parent goal")]
    [DataRow("no-parent", 2052, "请在申请中选择该上级目标")]
    [DataRow("not-a-child", 1033, "is not a child of")]
    [DataRow("not-a-child", 2052, "不是“2026 company”的下级目标")]
    public void Submit_BreakingARule_IsRefusedInTheCallersLanguageAndWritesNothing(string scenario, int language, string expected)
    {
        var world = WorldIn(language);
        var goal = world.Goal("Q1 East").Active().Create();
        var requester = world.Rep;
        var request = world.Adjustment("Q1 East down");
        _ = scenario switch
        {
            "no-lines" => request,
            "no-reason" => request.Line(goal, newTarget: 450_000m).With(A.Reason, null),
            "no-justification" => request.Line(goal, newTarget: 450_000m).With(A.Justification, " "),
            "tiers" => request.Line(goal, newTarget: 650_000m),
            "same-values" => request.Line(goal, newTarget: 500_000m),
            "unknown-goal" => request.Line(goal, newTarget: 450_000m).Line(world.Goal("March").Month(3).Create(), newTarget: 1m),
            "draft-goal" => request.Line(world.Goal("Q2 East").Period(100000001, new DateTime(2026, 4, 1), new DateTime(2026, 6, 30)).Create(), newTarget: 450_000m),
            "closed-goal" => request.Line(Closed(world, goal), newTarget: 450_000m),
            "not-own-goal" => Requester(ref requester, world.OtherRep, request.Line(goal, newTarget: 450_000m)),
            "no-parent" => request.Line(goal, newTarget: 450_000m).With(A.Kind, new OptionSetValue(SgGoalAdjustment.Options.KindReallocation)),
            "not-a-child" => Requester(ref requester, world.Manager, request.Reallocation(CompanyGoals.Create(world).Parent).Line(goal, newTarget: 500_000m)),
            _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
        };
        var draft = request.Draft(requester);
        if (scenario == "unknown-goal")
        {
            // The goal went away after it was put on the request.
            world.AsManager.Delete(SgGoal.LogicalName, AdjustmentFlow.Lines(world, draft).Select(l => l.GetAttributeValue<EntityReference>(L.GoalId).Id).Single(id => id != goal));
        }

        var message = Faults.MessageOf(() => AdjustmentFlow.Submit(world, draft, requester));

        StringAssert.Contains(message, expected);
        Assert.IsNull(AdjustmentFlow.Status(world, draft));
        Assert.IsNull(AdjustmentFlow.Request(world, draft).GetAttributeValue<DateTime?>(A.RequestedOn));
        Assert.IsTrue(AdjustmentFlow.Lines(world, draft).All(l => l.GetAttributeValue<decimal?>(L.OldTargetValue) == null));
        Assert.AreEqual(0, AdjustmentFlow.AllNotifications(world));
        Assert.AreEqual(500_000m, AdjustmentFlow.Target(world, goal));
    }

    [TestMethod]
    [DataRow(1033, "Adjustment request to approve", "Ray Rep asks to change")]
    [DataRow(2052, "待审批的目标调整申请", "Ray Rep 在“Q1 East down”中申请调整")]
    public void Submit_RepForOwnGoal_IsSubmittedAndTellsTheManagersManagerInTheirLanguage(int language, string title, string body)
    {
        var world = GoalWorld.Create();
        world.Env.Seed.UserLanguage(world.Director, language);
        var goal = world.Goal("Q1 East").Active().Create();

        var request = world.Adjustment("Q1 East down").Line(goal, newTarget: 450_000m).Submit(world.Rep);

        var row = AdjustmentFlow.Request(world, request);
        Assert.AreEqual(SgGoalAdjustment.Options.StatusSubmitted, row.GetAttributeValue<OptionSetValue>(A.Status).Value);
        Assert.AreEqual(world.Rep, row.GetAttributeValue<EntityReference>(A.RequestedById).Id);
        Assert.AreEqual(GoalWorld.Now.UtcDateTime, row.GetAttributeValue<DateTime?>(A.RequestedOn));
        Assert.AreEqual(500_000m, AdjustmentFlow.Lines(world, request).Single().GetAttributeValue<decimal?>(L.OldTargetValue));
        var notice = AdjustmentFlow.Notifications(world, world.Director).Single();
        Assert.AreEqual(title, notice.GetAttributeValue<string>(AppNotification.Fields.Title));
        StringAssert.Contains(notice.GetAttributeValue<string>(AppNotification.Fields.Body), body);
        Assert.AreEqual(AppNotification.Options.ToastTimed, notice.GetAttributeValue<OptionSetValue>(AppNotification.Fields.ToastType).Value);
        StringAssert.Contains(notice.GetAttributeValue<string>(AppNotification.Fields.Data), "?pagetype=entityrecord&etn=sg_goaladjustment&id=" + request.ToString("D"), "the card opens the request");
        Assert.AreEqual(1, AdjustmentFlow.AllNotifications(world), "only the approver is told");
        Assert.AreEqual(500_000m, AdjustmentFlow.Target(world, goal), "nothing changes before approval");
    }

    [TestMethod]
    public void Submit_ForgedApproverAndRequester_AreReplacedByTheRealRequester()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 East").Active().Create();

        var request = world.Adjustment("Q1 East down").Line(goal, newTarget: 450_000m)
            .With(A.ApproverId, new EntityReference(PlatformTables.SystemUser, world.Director))
            .With(A.RequestedById, new EntityReference(PlatformTables.SystemUser, world.Manager))
            .Submit(world.Rep);

        var row = AdjustmentFlow.Request(world, request);
        Assert.AreEqual(world.Rep, row.GetAttributeValue<EntityReference>(A.RequestedById).Id);
        Assert.IsNull(row.GetAttributeValue<EntityReference>(A.ApproverId));
    }

    [TestMethod]
    [DataRow(1033, "can no longer be edited")]
    [DataRow(2052, "不能再修改")]
    public void UpdateLine_OfASubmittedRequest_IsRefused(int language, string expected)
    {
        var world = WorldIn(language);
        var goal = world.Goal("Q1 East").Active().Create();
        var request = world.Adjustment("Q1 East down").Line(goal, newTarget: 450_000m).Submit(world.Rep);
        var line = AdjustmentFlow.Lines(world, request).Single();

        var message = Faults.MessageOf(() => world.AsRep.Update(new Entity(SgGoalAdjustmentLine.LogicalName, line.Id) { [L.NewTargetValue] = 1m }));

        StringAssert.Contains(message, expected);
        Assert.AreEqual(450_000m, AdjustmentFlow.Lines(world, request).Single().GetAttributeValue<decimal?>(L.NewTargetValue));
    }

    [TestMethod]
    public void Submit_LineManagerWithoutTheRoleForTheirReportsGoal_IsSubmitted()
    {
        var world = GoalWorld.Create();
        var lead = world.Env.Seed.User("Lin Lead", languageId: 1033, managerId: world.Manager);
        var report = world.Env.Seed.User("Rui Report", languageId: 1033, managerId: lead);
        var goal = world.Goal("Q1 Rui").Assignee(report).Active().Create();

        var request = world.Adjustment("Q1 Rui down").Line(goal, newTarget: 450_000m).Submit(lead);

        Assert.AreEqual(SgGoalAdjustment.Options.StatusSubmitted, AdjustmentFlow.Status(world, request));
    }

    private static Guid Closed(GoalWorld world, Guid goal)
    {
        world.AsSystem.Update(new Entity(SgGoal.LogicalName, goal) { [SgGoal.Fields.GoalStatus] = new OptionSetValue(SgGoal.Options.StatusClosed) });
        return goal;
    }

    private static AdjustmentBuilder Requester(ref Guid requester, Guid who, AdjustmentBuilder request)
    {
        requester = who;
        return request;
    }
}
