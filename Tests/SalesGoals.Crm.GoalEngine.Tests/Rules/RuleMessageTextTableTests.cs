using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Rules;

namespace SalesGoals.Crm.GoalEngine.Tests.Rules;

/// <summary>
/// The exact text of every rule problem in English and Simplified Chinese, one row per code: a
/// user reads these words, so a changed or lost sentence must fail here. Each parameter is filled
/// with its own name in angle brackets, so the row also shows where every value lands.
/// </summary>
[TestClass]
public class RuleMessageTextTableTests
{
    private static readonly string[] ParameterNames =
    {
        "allocated", "allowedPercent", "axes", "base", "child", "childEnd", "childStart", "dimension", "end", "from", "goal",
        "goalId", "growthPercent", "history", "historyZh", "lastActual", "maximum", "metric", "missing", "net", "other",
        "otherEnd", "otherStart", "parent", "parentEnd", "parentMetric", "parentStart", "parentValue", "periodType", "start",
        "stretch", "target", "to", "value",
    };

    private static string Render(RuleCode code, int lcid) =>
        RuleMessages.Render(
            new RuleProblem(code, RuleSeverity.Error, null, ParameterNames.ToDictionary(n => n, n => (object)("<" + n + ">"), StringComparer.Ordinal)),
            lcid);

    [TestMethod]
    [DataRow(RuleCode.MetricMissing,
        "Goal \"<goal>\": choose what it measures (a metric such as won revenue).",
        "目标“<goal>”：请选择考核指标（例如赢单金额）。")]
    [DataRow(RuleCode.AssigneeMissing,
        "Goal \"<goal>\": choose who owns it (a user or a team).",
        "目标“<goal>”：请指定负责人（用户或团队）。")]
    [DataRow(RuleCode.PeriodMissing,
        "Goal \"<goal>\": set the start and end dates of its period.",
        "目标“<goal>”：请设置周期的开始和结束日期。")]
    [DataRow(RuleCode.PeriodEndsBeforeStart,
        "Goal \"<goal>\": the period ends (<end>) before it starts (<start>).",
        "目标“<goal>”：周期结束日期（<end>）早于开始日期（<start>）。")]
    [DataRow(RuleCode.PeriodInconsistentWithType,
        "Goal \"<goal>\": <start> to <end> is not one whole <periodType>. Use the exact first and last day of the <periodType>, or choose a custom period.",
        "目标“<goal>”：<start> 至 <end> 不是一个完整的<periodType>。请使用该<periodType>准确的起止日期，或改为自定义周期。")]
    [DataRow(RuleCode.TargetNotPositive,
        "Goal \"<goal>\": the target must be greater than zero (it is <target>).",
        "目标“<goal>”：挑战目标必须大于零（当前为 <target>）。")]
    [DataRow(RuleCode.RootStrategyMissing,
        "Goal \"<goal>\" has no parent goal: state the strategy it serves, or place it under a parent goal.",
        "目标“<goal>”没有上级目标：请填写它所支撑的战略，或将其归入某个上级目标。")]
    [DataRow(RuleCode.TiersOutOfOrder,
        "Goal \"<goal>\": the tiers must be in order base ≤ target ≤ stretch (base <base>, target <target>, stretch <stretch>).",
        "目标“<goal>”：三级目标须满足 基础目标 ≤ 挑战目标 ≤ 超越目标（基础 <base>，挑战 <target>，超越 <stretch>）。")]
    [DataRow(RuleCode.TiersOutOfOrderLowerIsBetter,
        "Goal \"<goal>\": for this metric lower is better, so the tiers must be base ≥ target ≥ stretch (base <base>, target <target>, stretch <stretch>).",
        "目标“<goal>”：该指标越低越好，三级目标须满足 基础目标 ≥ 挑战目标 ≥ 超越目标（基础 <base>，挑战 <target>，超越 <stretch>）。")]
    [DataRow(RuleCode.MixedSplitAxes,
        "Goal \"<goal>\" is split along more than one axis (<axes>). Split a goal along one axis only (time, assignee or dimension) and add a level for the next split.",
        "目标“<goal>”同时按多个方式分解（<axes>）。每个目标只能按一种方式分解（时间、负责人或业务维度），如需继续分解请再增加一级。")]
    [DataRow(RuleCode.ChildChangesSeveralAxes,
        "Goal \"<goal>\" differs from its parent \"<parent>\" in more than one way (<axes>). A child changes only the split axis and keeps everything else of its parent.",
        "目标“<goal>”与上级目标“<parent>”有多处不同（<axes>）。下级目标只能改变分解方式对应的一项，其余须与上级一致。")]
    [DataRow(RuleCode.ChildSameScopeAsParent,
        "Goal \"<goal>\" has the same owner, period and filters as its parent \"<parent>\"; a child must narrow its parent down.",
        "目标“<goal>”与上级目标“<parent>”的负责人、周期和筛选条件完全相同；下级目标必须是上级目标的细分。")]
    [DataRow(RuleCode.ChildMetricDiffers,
        "Goal \"<goal>\" measures <metric> but its parent \"<parent>\" measures <parentMetric>; a child keeps its parent's metric.",
        "目标“<goal>”的指标是 <metric>，而上级目标“<parent>”的指标是 <parentMetric>；下级目标须沿用上级目标的指标。")]
    [DataRow(RuleCode.ChildOutsideParentPeriod,
        "Goal \"<goal>\" (<childStart> to <childEnd>) lies outside the period of its parent \"<parent>\" (<parentStart> to <parentEnd>).",
        "目标“<goal>”（<childStart> 至 <childEnd>）超出了上级目标“<parent>”的周期（<parentStart> 至 <parentEnd>）。")]
    [DataRow(RuleCode.ChildPeriodsOverlap,
        "Goal \"<goal>\" (<childStart> to <childEnd>) overlaps \"<other>\" (<otherStart> to <otherEnd>); the periods of a time split must not overlap.",
        "目标“<goal>”（<childStart> 至 <childEnd>）与“<other>”（<otherStart> 至 <otherEnd>）时间重叠；按时间分解的下级目标不能重叠。")]
    [DataRow(RuleCode.ChildDimensionConflict,
        "Goal \"<goal>\" has <dimension> \"<value>\" but its parent \"<parent>\" is limited to \"<parentValue>\".",
        "目标“<goal>”的<dimension>为“<value>”，但上级目标“<parent>”限定为“<parentValue>”。")]
    [DataRow(RuleCode.DuplicateScope,
        "Goal \"<goal>\" duplicates \"<other>\": same owner, metric, period and filters. Change the existing goal instead.",
        "目标“<goal>”与“<other>”重复：负责人、指标、周期和筛选条件都相同。请直接修改已有目标。")]
    [DataRow(RuleCode.UnderAllocated,
        "Goal \"<goal>\" cannot be activated: its children carry <allocated> of its target <target>, <missing> short. Assign the rest before activating.",
        "目标“<goal>”无法激活：下级目标合计 <allocated>，低于挑战目标 <target>，还差 <missing>。请分配完毕后再激活。")]
    [DataRow(RuleCode.OverAllocated,
        "Goal \"<goal>\" cannot be activated: its children carry <allocated>, more than the <maximum> allowed (target <target> plus <allowedPercent>% over-assignment).",
        "目标“<goal>”无法激活：下级目标合计 <allocated>，超过允许的上限 <maximum>（挑战目标 <target>，允许超额分配 <allowedPercent>%）。")]
    [DataRow(RuleCode.GoalLockedTierChange,
        "Goal \"<goal>\" is an active <periodType> goal and is locked, so its target (<target>) cannot be edited directly. To change the base, target or stretch, submit an adjustment request with the new values and a reason; it takes effect once your manager's manager or a goal manager approves it.",
        "目标“<goal>”是已激活的<periodType>目标，已被锁定，不能直接修改（当前挑战目标 <target>）。如需调整基础、挑战或超越目标，请提交目标调整申请，填写新数值和调整原因；经上级主管或目标管理员审批后生效。")]
    [DataRow(RuleCode.GoalLockedScopeChange,
        "Goal \"<goal>\" is an active <periodType> goal and is locked: its owner, metric, period, filters and parent cannot change. Ask a goal manager to close it and create a new goal.",
        "目标“<goal>”是已激活的<periodType>目标，已被锁定：负责人、指标、周期、筛选条件和上级目标均不能修改。请联系目标管理员关闭该目标后重新创建。")]
    [DataRow(RuleCode.GoalHasHistory,
        "Goal \"<goal>\" cannot be deleted: it has <history>. Deleting it would lose that record; close it instead (set its status to Closed).",
        "目标“<goal>”不能删除：该目标<historyZh>。删除会丢失这些记录；请改为关闭该目标（将状态设为已关闭）。")]
    [DataRow(RuleCode.OwnTargetChange,
        "You cannot change the targets of your own goal \"<goal>\". Ask your manager to change them, or submit an adjustment request.",
        "您不能修改自己的目标“<goal>”。请联系您的主管修改，或提交目标调整申请。")]
    [DataRow(RuleCode.NotGoalManager,
        "Only the manager of goal \"<goal>\" or a goal manager can change its targets.",
        "只有目标“<goal>”的主管或目标管理员才能修改其目标值。")]
    [DataRow(RuleCode.TargetAggressive,
        "Goal \"<goal>\": the target <target> is <growthPercent>% beyond the last comparable period's result of <lastActual>. That is aggressive; make sure it is achievable.",
        "目标“<goal>”：挑战目标 <target> 比上一可比周期的实际结果 <lastActual> 高出 <growthPercent>%，较为激进，请确认能够达成。")]
    [DataRow(RuleCode.TargetUnrealistic,
        "Goal \"<goal>\": the target <target> is <growthPercent>% beyond the last comparable period's result of <lastActual>. That looks unrealistic; consider a lower target and put the rest into the stretch tier.",
        "目标“<goal>”：挑战目标 <target> 比上一可比周期的实际结果 <lastActual> 高出 <growthPercent>%，可能难以实现，建议降低挑战目标，把超出部分设为超越目标。")]
    [DataRow(RuleCode.AdjustmentNoLines,
        "The adjustment request names no goal. Add at least one goal with its new values.",
        "调整申请未包含任何目标。请至少添加一个目标及其新数值。")]
    [DataRow(RuleCode.AdjustmentReasonMissing,
        "Choose a reason for the adjustment: market change, team change, new opportunity or correction.",
        "请选择调整原因：市场变化、团队变动、新商机或更正。")]
    [DataRow(RuleCode.AdjustmentJustificationMissing,
        "Explain the adjustment: the approver needs a justification.",
        "请填写调整说明：审批人需要了解调整依据。")]
    [DataRow(RuleCode.AdjustmentUnknownGoal,
        "The adjustment names goal <goalId>, which does not exist or is not visible to you.",
        "调整申请中的目标 <goalId> 不存在或您无权查看。")]
    [DataRow(RuleCode.AdjustmentDuplicateGoal,
        "Goal \"<goal>\" appears more than once in the request; give its new values on one line.",
        "目标“<goal>”在申请中出现了多次；请在同一行填写其新数值。")]
    [DataRow(RuleCode.AdjustmentChangesNothing,
        "The new values for goal \"<goal>\" are the same as the current ones (target <target>).",
        "目标“<goal>”的新数值与当前数值相同（挑战目标 <target>）。")]
    [DataRow(RuleCode.AdjustmentNotApprover,
        "Only the manager of the goal's manager, or a goal manager, can approve the adjustment of goal \"<goal>\".",
        "只有该目标主管的上级或目标管理员才能审批目标“<goal>”的调整。")]
    [DataRow(RuleCode.AdjustmentSelfApproval,
        "You cannot approve your own adjustment request.",
        "您不能审批自己提交的调整申请。")]
    [DataRow(RuleCode.AdjustmentInvalidTransition,
        "An adjustment that is <from> cannot become <to>.",
        "处于“<from>”状态的调整申请不能变为“<to>”。")]
    [DataRow(RuleCode.ReallocationNotNetZero,
        "A reallocation moves target between the children of \"<goal>\" without changing their total, but these lines change it by <net>. Make the increases equal the decreases.",
        "目标重新分配只能在“<goal>”的下级目标之间调配，不能改变合计，但本次调整使合计变化了 <net>。请使调增与调减金额相等。")]
    [DataRow(RuleCode.ReallocationNotAChild,
        "Goal \"<child>\" is not a child of \"<goal>\"; a reallocation moves target only between a parent's own children.",
        "目标“<child>”不是“<goal>”的下级目标；重新分配只能在同一上级目标的下级目标之间进行。")]
    public void Render_EveryCode_ExactTextInBothLanguages(RuleCode code, string english, string chinese)
    {
        Assert.AreEqual(english, Render(code, RuleMessages.English));
        Assert.AreEqual(chinese, Render(code, RuleMessages.SimplifiedChinese));
    }

    [TestMethod]
    public void Render_EveryCode_HasItsOwnTemplateInBothLanguages()
    {
        var codes = Enum.GetValues<RuleCode>();

        var english = codes.Select(c => Render(c, RuleMessages.English)).ToList();
        var chinese = codes.Select(c => Render(c, RuleMessages.SimplifiedChinese)).ToList();

        CollectionAssert.AllItemsAreUnique(english);
        CollectionAssert.AllItemsAreUnique(chinese);
        Assert.IsFalse(codes.Any(c => Render(c, RuleMessages.English) == c.ToString()), "a code without a template");
        Assert.IsFalse(english.Intersect(chinese).Any(), "a Chinese text that is the English one");
    }
}
