using System.Collections.Generic;

namespace SalesGoals.Crm.GoalEngine.Rules;

/// <summary>English and Simplified Chinese texts of every rule problem; {name} is a parameter.</summary>
internal static class MessageTemplates
{
    public static readonly IReadOnlyDictionary<RuleCode, string[]> Texts = new Dictionary<RuleCode, string[]>
    {
        [RuleCode.MetricMissing] = new[]
        {
            "Goal \"{goal}\": choose what it measures (a metric such as won revenue).",
            "目标“{goal}”：请选择考核指标（例如赢单金额）。",
        },
        [RuleCode.AssigneeMissing] = new[]
        {
            "Goal \"{goal}\": choose who owns it (a user or a team).",
            "目标“{goal}”：请指定负责人（用户或团队）。",
        },
        [RuleCode.PeriodMissing] = new[]
        {
            "Goal \"{goal}\": set the start and end dates of its period.",
            "目标“{goal}”：请设置周期的开始和结束日期。",
        },
        [RuleCode.PeriodEndsBeforeStart] = new[]
        {
            "Goal \"{goal}\": the period ends ({end}) before it starts ({start}).",
            "目标“{goal}”：周期结束日期（{end}）早于开始日期（{start}）。",
        },
        [RuleCode.PeriodInconsistentWithType] = new[]
        {
            "Goal \"{goal}\": {start} to {end} is not one whole {periodType}. Use the exact first and last day of the {periodType}, or choose a custom period.",
            "目标“{goal}”：{start} 至 {end} 不是一个完整的{periodType}。请使用该{periodType}准确的起止日期，或改为自定义周期。",
        },
        [RuleCode.TargetNotPositive] = new[]
        {
            "Goal \"{goal}\": the target must be greater than zero (it is {target}).",
            "目标“{goal}”：挑战目标必须大于零（当前为 {target}）。",
        },
        [RuleCode.RootStrategyMissing] = new[]
        {
            "Goal \"{goal}\" has no parent goal: state the strategy it serves, or place it under a parent goal.",
            "目标“{goal}”没有上级目标：请填写它所支撑的战略，或将其归入某个上级目标。",
        },
        [RuleCode.TiersOutOfOrder] = new[]
        {
            "Goal \"{goal}\": the tiers must be in order base ≤ target ≤ stretch (base {base}, target {target}, stretch {stretch}).",
            "目标“{goal}”：三级目标须满足 基础目标 ≤ 挑战目标 ≤ 超越目标（基础 {base}，挑战 {target}，超越 {stretch}）。",
        },
        [RuleCode.TiersOutOfOrderLowerIsBetter] = new[]
        {
            "Goal \"{goal}\": for this metric lower is better, so the tiers must be base ≥ target ≥ stretch (base {base}, target {target}, stretch {stretch}).",
            "目标“{goal}”：该指标越低越好，三级目标须满足 基础目标 ≥ 挑战目标 ≥ 超越目标（基础 {base}，挑战 {target}，超越 {stretch}）。",
        },
        [RuleCode.MixedSplitAxes] = new[]
        {
            "Goal \"{goal}\" is split along more than one axis ({axes}). Split a goal along one axis only (time, assignee or dimension) and add a level for the next split.",
            "目标“{goal}”同时按多个方式分解（{axes}）。每个目标只能按一种方式分解（时间、负责人或业务维度），如需继续分解请再增加一级。",
        },
        [RuleCode.ChildChangesSeveralAxes] = new[]
        {
            "Goal \"{goal}\" differs from its parent \"{parent}\" in more than one way ({axes}). A child changes only the split axis and keeps everything else of its parent.",
            "目标“{goal}”与上级目标“{parent}”有多处不同（{axes}）。下级目标只能改变分解方式对应的一项，其余须与上级一致。",
        },
        [RuleCode.ChildSameScopeAsParent] = new[]
        {
            "Goal \"{goal}\" has the same owner, period and filters as its parent \"{parent}\"; a child must narrow its parent down.",
            "目标“{goal}”与上级目标“{parent}”的负责人、周期和筛选条件完全相同；下级目标必须是上级目标的细分。",
        },
        [RuleCode.ChildMetricDiffers] = new[]
        {
            "Goal \"{goal}\" measures {metric} but its parent \"{parent}\" measures {parentMetric}; a child keeps its parent's metric.",
            "目标“{goal}”的指标是 {metric}，而上级目标“{parent}”的指标是 {parentMetric}；下级目标须沿用上级目标的指标。",
        },
        [RuleCode.ChildOutsideParentPeriod] = new[]
        {
            "Goal \"{goal}\" ({childStart} to {childEnd}) lies outside the period of its parent \"{parent}\" ({parentStart} to {parentEnd}).",
            "目标“{goal}”（{childStart} 至 {childEnd}）超出了上级目标“{parent}”的周期（{parentStart} 至 {parentEnd}）。",
        },
        [RuleCode.ChildPeriodsOverlap] = new[]
        {
            "Goal \"{goal}\" ({childStart} to {childEnd}) overlaps \"{other}\" ({otherStart} to {otherEnd}); the periods of a time split must not overlap.",
            "目标“{goal}”（{childStart} 至 {childEnd}）与“{other}”（{otherStart} 至 {otherEnd}）时间重叠；按时间分解的下级目标不能重叠。",
        },
        [RuleCode.ChildDimensionConflict] = new[]
        {
            "Goal \"{goal}\" has {dimension} \"{value}\" but its parent \"{parent}\" is limited to \"{parentValue}\".",
            "目标“{goal}”的{dimension}为“{value}”，但上级目标“{parent}”限定为“{parentValue}”。",
        },
        [RuleCode.DuplicateScope] = new[]
        {
            "Goal \"{goal}\" duplicates \"{other}\": same owner, metric, period and filters. Change the existing goal instead.",
            "目标“{goal}”与“{other}”重复：负责人、指标、周期和筛选条件都相同。请直接修改已有目标。",
        },
        [RuleCode.UnderAllocated] = new[]
        {
            "Goal \"{goal}\" cannot be activated: its children carry {allocated} of its target {target}, {missing} short. Assign the rest before activating.",
            "目标“{goal}”无法激活：下级目标合计 {allocated}，低于挑战目标 {target}，还差 {missing}。请分配完毕后再激活。",
        },
        [RuleCode.OverAllocated] = new[]
        {
            "Goal \"{goal}\" cannot be activated: its children carry {allocated}, more than the {maximum} allowed (target {target} plus {allowedPercent}% over-assignment).",
            "目标“{goal}”无法激活：下级目标合计 {allocated}，超过允许的上限 {maximum}（挑战目标 {target}，允许超额分配 {allowedPercent}%）。",
        },
        [RuleCode.GoalLockedTierChange] = new[]
        {
            "Goal \"{goal}\" is an active {periodType} goal and is locked, so its target ({target}) cannot be edited directly. To change the base, target or stretch, submit an adjustment request with the new values and a reason; it takes effect once your manager's manager or a goal manager approves it.",
            "目标“{goal}”是已激活的{periodType}目标，已被锁定，不能直接修改（当前挑战目标 {target}）。如需调整基础、挑战或超越目标，请提交目标调整申请，填写新数值和调整原因；经上级主管或目标管理员审批后生效。",
        },
        [RuleCode.GoalLockedScopeChange] = new[]
        {
            "Goal \"{goal}\" is an active {periodType} goal and is locked: its owner, metric, period, filters and parent cannot change. Ask a goal manager to close it and create a new goal.",
            "目标“{goal}”是已激活的{periodType}目标，已被锁定：负责人、指标、周期、筛选条件和上级目标均不能修改。请联系目标管理员关闭该目标后重新创建。",
        },
        [RuleCode.GoalHasHistory] = new[]
        {
            "Goal \"{goal}\" cannot be deleted: it has {history}. Deleting it would lose that record; close it instead (set its status to Closed).",
            "目标“{goal}”不能删除：该目标{historyZh}。删除会丢失这些记录；请改为关闭该目标（将状态设为已关闭）。",
        },
        [RuleCode.OwnTargetChange] = new[]
        {
            "You cannot change the targets of your own goal \"{goal}\". Ask your manager to change them, or submit an adjustment request.",
            "您不能修改自己的目标“{goal}”。请联系您的主管修改，或提交目标调整申请。",
        },
        [RuleCode.NotGoalManager] = new[]
        {
            "Only the manager of goal \"{goal}\" or a goal manager can change its targets.",
            "只有目标“{goal}”的主管或目标管理员才能修改其目标值。",
        },
        [RuleCode.TargetAggressive] = new[]
        {
            "Goal \"{goal}\": the target {target} is {growthPercent}% beyond the last comparable period's result of {lastActual}. That is aggressive; make sure it is achievable.",
            "目标“{goal}”：挑战目标 {target} 比上一可比周期的实际结果 {lastActual} 高出 {growthPercent}%，较为激进，请确认能够达成。",
        },
        [RuleCode.TargetUnrealistic] = new[]
        {
            "Goal \"{goal}\": the target {target} is {growthPercent}% beyond the last comparable period's result of {lastActual}. That looks unrealistic; consider a lower target and put the rest into the stretch tier.",
            "目标“{goal}”：挑战目标 {target} 比上一可比周期的实际结果 {lastActual} 高出 {growthPercent}%，可能难以实现，建议降低挑战目标，把超出部分设为超越目标。",
        },
        [RuleCode.AdjustmentNoLines] = new[]
        {
            "The adjustment request names no goal. Add at least one goal with its new values.",
            "调整申请未包含任何目标。请至少添加一个目标及其新数值。",
        },
        [RuleCode.AdjustmentReasonMissing] = new[]
        {
            "Choose a reason for the adjustment: market change, team change, new opportunity or correction.",
            "请选择调整原因：市场变化、团队变动、新商机或更正。",
        },
        [RuleCode.AdjustmentJustificationMissing] = new[]
        {
            "Explain the adjustment: the approver needs a justification.",
            "请填写调整说明：审批人需要了解调整依据。",
        },
        [RuleCode.AdjustmentUnknownGoal] = new[]
        {
            "The adjustment names goal {goalId}, which does not exist or is not visible to you.",
            "调整申请中的目标 {goalId} 不存在或您无权查看。",
        },
        [RuleCode.AdjustmentDuplicateGoal] = new[]
        {
            "Goal \"{goal}\" appears more than once in the request; give its new values on one line.",
            "目标“{goal}”在申请中出现了多次；请在同一行填写其新数值。",
        },
        [RuleCode.AdjustmentChangesNothing] = new[]
        {
            "The new values for goal \"{goal}\" are the same as the current ones (target {target}).",
            "目标“{goal}”的新数值与当前数值相同（挑战目标 {target}）。",
        },
        [RuleCode.AdjustmentNotApprover] = new[]
        {
            "Only the manager of the goal's manager, or a goal manager, can approve the adjustment of goal \"{goal}\".",
            "只有该目标主管的上级或目标管理员才能审批目标“{goal}”的调整。",
        },
        [RuleCode.AdjustmentSelfApproval] = new[]
        {
            "You cannot approve your own adjustment request.",
            "您不能审批自己提交的调整申请。",
        },
        [RuleCode.AdjustmentInvalidTransition] = new[]
        {
            "An adjustment that is {from} cannot become {to}.",
            "处于“{from}”状态的调整申请不能变为“{to}”。",
        },
        [RuleCode.ReallocationNotNetZero] = new[]
        {
            "A reallocation moves target between the children of \"{goal}\" without changing their total, but these lines change it by {net}. Make the increases equal the decreases.",
            "目标重新分配只能在“{goal}”的下级目标之间调配，不能改变合计，但本次调整使合计变化了 {net}。请使调增与调减金额相等。",
        },
        [RuleCode.ReallocationNotAChild] = new[]
        {
            "Goal \"{child}\" is not a child of \"{goal}\"; a reallocation moves target only between a parent's own children.",
            "目标“{child}”不是“{goal}”的下级目标；重新分配只能在同一上级目标的下级目标之间进行。",
        },
    };
}
