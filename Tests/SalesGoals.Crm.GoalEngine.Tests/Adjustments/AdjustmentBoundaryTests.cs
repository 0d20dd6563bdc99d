using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Adjustments;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Rules;
using SalesGoals.Crm.GoalEngine.Tests.Builders;

namespace SalesGoals.Crm.GoalEngine.Tests.Adjustments;

/// <summary>
/// Adjustment requests at their edges: exactly which problems a request gets (one each, none for
/// a complete one), tiers kept or replaced line by line, who may approve, and the whole workflow table.
/// </summary>
[TestClass]
public class AdjustmentBoundaryTests
{
    private static readonly Guid Manager = Guid.NewGuid();
    private static readonly Guid ManagersManager = Guid.NewGuid();
    private static readonly GoalSnapshot Quarter = GoalBuilder.AGoal().WithManager(Manager).WithTiers(1_800_000m, 2_300_000m, 2_600_000m).Build() with { Name = "Q1 East" };

    private static Dictionary<Guid, GoalSnapshot> Goals(params GoalSnapshot[] goals) => goals.ToDictionary(g => g.Id);

    private static AdjustmentRequest Request(params AdjustmentLine[] lines) =>
        new(Guid.NewGuid(), Manager, AdjustmentReason.Correction, "Typo in the quarter target", lines);

    private static Guid? Boss(Guid user) => user == Manager ? ManagersManager : null;

    private static RuleCode[] Codes(RuleCheckResult result) => result.Problems.Select(p => p.Code).ToArray();

    [TestMethod]
    public void CheckRequest_CompleteRequest_HasNoProblemAtAll()
    {
        var result = AdjustmentRules.CheckRequest(Request(new AdjustmentLine(Quarter.Id, NewTarget: 2_100_000m)), Goals(Quarter));

        Assert.IsEmpty(result.Problems);
    }

    [TestMethod]
    [DataRow(null, "why", RuleCode.AdjustmentReasonMissing)]
    [DataRow(AdjustmentReason.TeamChange, "", RuleCode.AdjustmentJustificationMissing)]
    [DataRow(AdjustmentReason.TeamChange, null, RuleCode.AdjustmentJustificationMissing)]
    public void CheckRequest_OneFieldMissing_ReportsOnlyThatField(AdjustmentReason? reason, string? justification, RuleCode expected)
    {
        var request = Request(new AdjustmentLine(Quarter.Id, NewTarget: 2_100_000m)) with { Reason = reason, Justification = justification };

        var result = AdjustmentRules.CheckRequest(request, Goals(Quarter));

        CollectionAssert.AreEqual(new[] { expected }, Codes(result));
    }

    [TestMethod]
    [DataRow(RuleMessages.English, "The adjustment request names no goal. Add at least one goal with its new values.")]
    [DataRow(RuleMessages.SimplifiedChinese, "调整申请未包含任何目标。请至少添加一个目标及其新数值。")]
    public void CheckRequest_NoLines_OnlyTheNoLinesProblem(int lcid, string expected)
    {
        var result = AdjustmentRules.CheckRequest(Request(), Goals(Quarter));

        Assert.AreEqual(expected, result.Render(lcid));
    }

    [TestMethod]
    [DataRow(RuleMessages.English, "Goal \"Q1 East\" appears more than once in the request; give its new values on one line.")]
    [DataRow(RuleMessages.SimplifiedChinese, "目标“Q1 East”在申请中出现了多次；请在同一行填写其新数值。")]
    public void CheckRequest_SameGoalOnTwoLines_OneDuplicateProblemOnly(int lcid, string expected)
    {
        // The second line alone would also be out of tier order; a duplicate is reported instead of being judged.
        var request = Request(new AdjustmentLine(Quarter.Id, NewTarget: 2_100_000m), new AdjustmentLine(Quarter.Id, NewTarget: 9_000_000m));

        var result = AdjustmentRules.CheckRequest(request, Goals(Quarter));

        Assert.AreEqual(expected, result.Render(lcid));
    }

    [TestMethod]
    public void CheckRequest_UnknownGoal_NamesItsIdAndJudgesNothingElse()
    {
        var unknown = Guid.NewGuid();

        var result = AdjustmentRules.CheckRequest(Request(new AdjustmentLine(unknown, NewTarget: -1m)), Goals(Quarter));

        Assert.AreEqual($"The adjustment names goal {unknown}, which does not exist or is not visible to you.", result.Render(RuleMessages.English));
    }

    [TestMethod]
    [DataRow(0, RuleCode.TargetNotPositive)]
    [DataRow(-5, RuleCode.TargetNotPositive)]
    [DataRow(1_799_999, RuleCode.TiersOutOfOrder)]
    [DataRow(2_600_001, RuleCode.TiersOutOfOrder)]
    public void CheckRequest_NewTargetBreaksTheGoal_ReportsExactlyThatProblem(int newTarget, RuleCode expected)
    {
        var result = AdjustmentRules.CheckRequest(Request(new AdjustmentLine(Quarter.Id, NewTarget: newTarget)), Goals(Quarter));

        Assert.IsTrue(result.Has(expected));
        Assert.IsFalse(result.IsValid);
    }

    [TestMethod]
    [DataRow(1_800_000)]
    [DataRow(2_600_000)]
    public void CheckRequest_NewTargetOnATier_IsValid(int newTarget)
    {
        var result = AdjustmentRules.CheckRequest(Request(new AdjustmentLine(Quarter.Id, NewTarget: newTarget)), Goals(Quarter));

        Assert.IsEmpty(result.Problems);
    }

    [TestMethod]
    public void CheckRequest_GoalWithOtherDefinitionGaps_JudgedOnItsTiersOnly()
    {
        // A root goal without a strategy and without a metric: rule 1 problems are not the adjustment's business.
        var goal = Quarter with { Id = Guid.NewGuid(), RootStrategy = null, MetricCode = null };

        var result = AdjustmentRules.CheckRequest(Request(new AdjustmentLine(goal.Id, NewTarget: 2_000_000m)), Goals(goal));

        Assert.IsEmpty(result.Problems);
    }

    [TestMethod]
    public void CheckRequest_LowerIsBetterMetric_TiersMustDescend()
    {
        var cycle = GoalBuilder.AGoal().WithMetric("sales-cycle-length").WithTiers(60m, 45m, 30m).Build() with { Name = "Cycle" };

        var fine = AdjustmentRules.CheckRequest(Request(new AdjustmentLine(cycle.Id, NewTarget: 40m)), Goals(cycle));
        var wrong = AdjustmentRules.CheckRequest(Request(new AdjustmentLine(cycle.Id, NewTarget: 70m)), Goals(cycle));

        Assert.IsEmpty(fine.Problems);
        CollectionAssert.AreEqual(new[] { RuleCode.TiersOutOfOrderLowerIsBetter }, Codes(wrong));
    }

    [TestMethod]
    [DataRow(null, null, null, 1_800_000, 2_300_000, 2_600_000)]
    [DataRow(1_000_000, null, null, 1_000_000, 2_300_000, 2_600_000)]
    [DataRow(null, 2_000_000, null, 1_800_000, 2_000_000, 2_600_000)]
    [DataRow(null, null, 3_000_000, 1_800_000, 2_300_000, 3_000_000)]
    public void Adjusted_LineWithSomeTiers_ReplacesOnlyThose(int? newBase, int? newTarget, int? newStretch, int @base, int target, int stretch)
    {
        var adjusted = AdjustmentRules.Adjusted(Quarter, new AdjustmentLine(Quarter.Id, newBase, newTarget, newStretch));

        Assert.AreEqual((decimal?)@base, adjusted.Base);
        Assert.AreEqual(target, adjusted.Target);
        Assert.AreEqual((decimal?)stretch, adjusted.Stretch);
    }

    [TestMethod]
    [DataRow(true, false, false)]
    [DataRow(false, true, false)]
    [DataRow(false, false, true)]
    public void CheckRequest_OnlyOneTierChanges_CountsAsAChange(bool changeBase, bool changeTarget, bool changeStretch)
    {
        var line = new AdjustmentLine(
            Quarter.Id,
            changeBase ? 1_700_000m : null,
            changeTarget ? 2_200_000m : null,
            changeStretch ? 2_700_000m : null);

        Assert.IsFalse(AdjustmentRules.CheckRequest(Request(line), Goals(Quarter)).Has(RuleCode.AdjustmentChangesNothing));
    }

    [TestMethod]
    [DataRow(RuleMessages.English, "Only the manager of the goal's manager, or a goal manager, can approve the adjustment of goal \"Q1 East\".")]
    [DataRow(RuleMessages.SimplifiedChinese, "只有该目标主管的上级或目标管理员才能审批目标“Q1 East”的调整。")]
    public void CheckApprover_TheGoalsOwnManager_IsNotTheApprover(int lcid, string expected)
    {
        var request = Request(new AdjustmentLine(Quarter.Id, NewTarget: 2_100_000m)) with { RequestedBy = Guid.NewGuid() };

        var result = AdjustmentRules.CheckApprover(request, Goals(Quarter), new ActingUser(Manager), Boss);

        Assert.AreEqual(expected, result.Render(lcid));
    }

    [TestMethod]
    public void CheckApprover_GoalWithoutManager_OnlyARoleHolderMayApprove()
    {
        var orphan = Quarter with { Id = Guid.NewGuid(), ManagerId = null };
        var request = Request(new AdjustmentLine(orphan.Id, NewTarget: 2_100_000m));

        var byBoss = AdjustmentRules.CheckApprover(request, Goals(orphan), new ActingUser(ManagersManager), _ => ManagersManager);
        var byRole = AdjustmentRules.CheckApprover(request, Goals(orphan), new ActingUser(ManagersManager, HasGoalManagerRole: true), _ => null);

        CollectionAssert.AreEqual(new[] { RuleCode.AdjustmentNotApprover }, Codes(byBoss));
        Assert.IsEmpty(byRole.Problems);
    }

    [TestMethod]
    public void CheckApprover_OneProblemPerGoalTheApproverMayNotDecide()
    {
        var other = GoalBuilder.AGoal().WithManager(Guid.NewGuid()).Build() with { Name = "Q1 West" };
        var request = Request(new AdjustmentLine(Quarter.Id, NewTarget: 2_100_000m), new AdjustmentLine(other.Id, NewTarget: 900_000m), new AdjustmentLine(Guid.NewGuid(), NewTarget: 1m));

        var result = AdjustmentRules.CheckApprover(request, Goals(Quarter, other), new ActingUser(ManagersManager), Boss);

        Assert.AreEqual("Only the manager of the goal's manager, or a goal manager, can approve the adjustment of goal \"Q1 West\".", result.Render(RuleMessages.English));
    }

    [TestMethod]
    public void CheckApprover_SystemApplyingItsOwnRequest_IsTrusted()
    {
        var request = Request(new AdjustmentLine(Quarter.Id, NewTarget: 2_100_000m));

        var result = AdjustmentRules.CheckApprover(request, Goals(Quarter), new ActingUser(Manager, IsSystem: true), Boss);

        Assert.IsEmpty(result.Problems);
    }

    [TestMethod]
    public void CheckApprover_RoleHolderApprovingOwnRequest_RefusedForSelfApprovalOnly()
    {
        var request = Request(new AdjustmentLine(Quarter.Id, NewTarget: 2_100_000m));

        var result = AdjustmentRules.CheckApprover(request, Goals(Quarter), new ActingUser(Manager, HasGoalManagerRole: true), Boss);

        CollectionAssert.AreEqual(new[] { RuleCode.AdjustmentSelfApproval }, Codes(result));
    }

    [TestMethod]
    [DataRow(AdjustmentStatus.Submitted, AdjustmentStatus.Approved, true)]
    [DataRow(AdjustmentStatus.Submitted, AdjustmentStatus.Rejected, true)]
    [DataRow(AdjustmentStatus.Submitted, AdjustmentStatus.Withdrawn, true)]
    [DataRow(AdjustmentStatus.Approved, AdjustmentStatus.Applied, true)]
    [DataRow(AdjustmentStatus.Submitted, AdjustmentStatus.Submitted, false)]
    [DataRow(AdjustmentStatus.Submitted, AdjustmentStatus.Applied, false)]
    [DataRow(AdjustmentStatus.Approved, AdjustmentStatus.Rejected, false)]
    [DataRow(AdjustmentStatus.Approved, AdjustmentStatus.Withdrawn, false)]
    [DataRow(AdjustmentStatus.Approved, AdjustmentStatus.Approved, false)]
    [DataRow(AdjustmentStatus.Rejected, AdjustmentStatus.Approved, false)]
    [DataRow(AdjustmentStatus.Withdrawn, AdjustmentStatus.Approved, false)]
    [DataRow(AdjustmentStatus.Applied, AdjustmentStatus.Submitted, false)]
    [DataRow(AdjustmentStatus.Rejected, AdjustmentStatus.Applied, false)]
    [DataRow(AdjustmentStatus.Withdrawn, AdjustmentStatus.Applied, false)]
    public void CheckMove_EveryTransition_AllowedOnlyAlongTheWorkflow(AdjustmentStatus from, AdjustmentStatus to, bool allowed)
    {
        var result = AdjustmentRules.CheckMove(from, to);

        Assert.AreEqual(allowed, AdjustmentRules.CanMove(from, to));
        Assert.AreEqual(allowed, result.IsValid);
        Assert.AreEqual(allowed ? 0 : 1, result.Problems.Count);
    }

    [TestMethod]
    [DataRow(AdjustmentStatus.Withdrawn, AdjustmentStatus.Approved, RuleMessages.English, "An adjustment that is withdrawn cannot become approved.")]
    [DataRow(AdjustmentStatus.Applied, AdjustmentStatus.Submitted, RuleMessages.English, "An adjustment that is applied cannot become submitted.")]
    [DataRow(AdjustmentStatus.Approved, AdjustmentStatus.Rejected, RuleMessages.SimplifiedChinese, "处于“已批准”状态的调整申请不能变为“已驳回”。")]
    [DataRow(AdjustmentStatus.Withdrawn, AdjustmentStatus.Applied, RuleMessages.SimplifiedChinese, "处于“已撤回”状态的调整申请不能变为“已生效”。")]
    [DataRow(AdjustmentStatus.Submitted, AdjustmentStatus.Submitted, RuleMessages.SimplifiedChinese, "处于“已提交”状态的调整申请不能变为“已提交”。")]
    public void CheckMove_RefusedTransition_NamesBothStates(AdjustmentStatus from, AdjustmentStatus to, int lcid, string expected)
    {
        Assert.AreEqual(expected, AdjustmentRules.CheckMove(from, to).Render(lcid));
    }
}
