using System;
using System.Collections.Generic;
using SalesGoals.Crm.GoalEngine.Adjustments;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Rules;
using SalesGoals.Crm.GoalEngine.Tests.Builders;

namespace SalesGoals.Crm.GoalEngine.Tests.Adjustments;

[TestClass]
public class AdjustmentRulesTests
{
    private static readonly Guid Manager = Guid.NewGuid();
    private static readonly Guid ManagersManager = Guid.NewGuid();
    private static readonly GoalSnapshot Quarter = GoalBuilder.AGoal().WithManager(Manager).WithTiers(1_800_000m, 2_300_000m, 2_600_000m).Build() with { Name = "Q1 East" };
    private static readonly Dictionary<Guid, GoalSnapshot> Goals = new() { [Quarter.Id] = Quarter };

    private static AdjustmentRequest Request(params AdjustmentLine[] lines) =>
        new(Guid.NewGuid(), Manager, AdjustmentReason.MarketChange, "Steel prices rose 20 %", lines);

    [TestMethod]
    public void CheckRequest_CompleteRequest_IsValid()
    {
        Assert.IsTrue(AdjustmentRules.CheckRequest(Request(new AdjustmentLine(Quarter.Id, NewTarget: 2_100_000m)), Goals).IsValid);
    }

    [TestMethod]
    [DataRow(RuleMessages.English, "Choose a reason", "justification")]
    [DataRow(RuleMessages.SimplifiedChinese, "请选择调整原因", "调整说明")]
    public void CheckRequest_NoReasonNoJustification_ReportsBoth(int lcid, string reason, string justification)
    {
        var request = Request(new AdjustmentLine(Quarter.Id, NewTarget: 2_100_000m)) with { Reason = null, Justification = " " };

        var text = AdjustmentRules.CheckRequest(request, Goals).Render(lcid);

        StringAssert.Contains(text, reason);
        StringAssert.Contains(text, justification);
    }

    [TestMethod]
    public void CheckRequest_NewTargetAboveStretch_ReportsTierOrder()
    {
        var result = AdjustmentRules.CheckRequest(Request(new AdjustmentLine(Quarter.Id, NewTarget: 2_700_000m)), Goals);

        Assert.IsTrue(result.Has(RuleCode.TiersOutOfOrder));
        StringAssert.Contains(result.Render(RuleMessages.English), "stretch 2,600,000.00");
    }

    [TestMethod]
    [DataRow(RuleMessages.English, "same as the current ones (target 2,300,000.00)")]
    [DataRow(RuleMessages.SimplifiedChinese, "与当前数值相同（挑战目标 2,300,000.00）")]
    public void CheckRequest_SameValues_ReportsNothingChanges(int lcid, string expected)
    {
        var result = AdjustmentRules.CheckRequest(Request(new AdjustmentLine(Quarter.Id, NewTarget: 2_300_000m)), Goals);

        StringAssert.Contains(result.Render(lcid), expected);
    }

    [TestMethod]
    public void CheckRequest_UnknownGoalAndNoLines_Reported()
    {
        Assert.IsTrue(AdjustmentRules.CheckRequest(Request(), Goals).Has(RuleCode.AdjustmentNoLines));
        Assert.IsTrue(AdjustmentRules.CheckRequest(Request(new AdjustmentLine(Guid.NewGuid(), NewTarget: 1m)), Goals).Has(RuleCode.AdjustmentUnknownGoal));
    }

    [TestMethod]
    public void CheckApprover_ManagersManager_MayApprove()
    {
        var result = AdjustmentRules.CheckApprover(Request(new AdjustmentLine(Quarter.Id, NewTarget: 2_100_000m)), Goals, new ActingUser(ManagersManager), Boss);

        Assert.IsTrue(result.IsValid);
    }

    [TestMethod]
    [DataRow(RuleMessages.English, "You cannot approve your own adjustment request")]
    [DataRow(RuleMessages.SimplifiedChinese, "您不能审批自己提交的调整申请")]
    public void CheckApprover_RequesterApprovesOwnRequest_Rejected(int lcid, string expected)
    {
        var result = AdjustmentRules.CheckApprover(Request(new AdjustmentLine(Quarter.Id, NewTarget: 2_100_000m)), Goals, new ActingUser(Manager), Boss);

        StringAssert.Contains(result.Render(lcid), expected);
    }

    [TestMethod]
    public void CheckApprover_GoalManagerRole_MayApprove()
    {
        var result = AdjustmentRules.CheckApprover(Request(new AdjustmentLine(Quarter.Id, NewTarget: 2_100_000m)), Goals, new ActingUser(Guid.NewGuid(), HasGoalManagerRole: true), Boss);

        Assert.IsTrue(result.IsValid);
    }

    [TestMethod]
    [DataRow(AdjustmentStatus.Submitted, AdjustmentStatus.Approved, true)]
    [DataRow(AdjustmentStatus.Submitted, AdjustmentStatus.Rejected, true)]
    [DataRow(AdjustmentStatus.Approved, AdjustmentStatus.Applied, true)]
    [DataRow(AdjustmentStatus.Submitted, AdjustmentStatus.Applied, false)]
    [DataRow(AdjustmentStatus.Rejected, AdjustmentStatus.Applied, false)]
    public void CanMove_StatusTransition_FollowsWorkflow(AdjustmentStatus from, AdjustmentStatus to, bool expected)
    {
        Assert.AreEqual(expected, AdjustmentRules.CanMove(from, to));
    }

    [TestMethod]
    public void CheckMove_RejectedToApplied_RendersBothStatesInChinese()
    {
        StringAssert.Contains(AdjustmentRules.CheckMove(AdjustmentStatus.Rejected, AdjustmentStatus.Applied).Render(RuleMessages.SimplifiedChinese), "“已驳回”");
    }

    private static Guid? Boss(Guid user) => user == Manager ? ManagersManager : null;
}
