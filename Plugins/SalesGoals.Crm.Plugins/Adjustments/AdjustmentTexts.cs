using System.Globalization;
using SalesGoals.Crm.GoalEngine.Adjustments;
using SalesGoals.Crm.Plugins.Infrastructure;

namespace SalesGoals.Crm.Plugins.Adjustments;

/// <summary>
/// The adjustment workflow's own messages (the engine renders its rule problems itself) and the
/// in-app notification texts, in English and Simplified Chinese. Messages say what to do next.
/// </summary>
public static class AdjustmentTexts
{
    public static LocalText GoalNotActive(string goal, bool draft) => draft
        ? new($"Goal \"{goal}\" is still a draft: change its values directly; adjustment requests are for active goals.",
              $"目标“{goal}”仍是草稿：请直接修改其数值；调整申请仅适用于已激活的目标。")
        : new($"Goal \"{goal}\" is closed and can no longer be adjusted. Request the change on a goal of a current period.",
              $"目标“{goal}”已关闭，不能再调整。请对当前周期的目标提出调整。");

    public static LocalText NotAllowedToRequest(string goal) =>
        new($"You can request adjustments only for your own goals or the goals you manage; goal \"{goal}\" is neither. Ask its manager to request the change.",
            $"您只能为自己的目标或您管理的目标申请调整，目标“{goal}”不属于这两类。请联系该目标的主管提出申请。");

    public static LocalText ReallocationParentMissing() =>
        new("A reallocation moves target between the children of one parent goal: choose that parent goal on the request.",
            "目标重新分配是在同一上级目标的下级目标之间调配：请在申请中选择该上级目标。");

    public static LocalText AllocationBroken(string parent, string allocated, string target, string maximum) =>
        new($"After this adjustment the children of \"{parent}\" would carry {allocated} against its target {target} (allowed: {target} to {maximum}). Move target between them with a reallocation, or adjust \"{parent}\" in the same request.",
            $"调整后“{parent}”的下级目标合计为 {allocated}，而其挑战目标为 {target}（允许范围 {target} 至 {maximum}）。请改用目标重新分配在下级目标之间调配，或在同一申请中一并调整“{parent}”。");

    public static LocalText RejectionReasonMissing() =>
        new("Say why you reject the request (decision comment), so the requester knows what to change.",
            "请填写驳回原因（审批意见），以便申请人知道需要修改什么。");

    public static LocalText RequestFrozen(string request, AdjustmentStatus status) =>
        new($"Adjustment request \"{request}\" is {Status(status).English} and can no longer be edited. Create a new request instead.",
            $"调整申请“{request}”{Status(status).Chinese}，不能再修改。请新建一个申请。");

    public static LocalText NewRequestStatus() =>
        new("A new adjustment request starts without a status (a draft to which you add goals) or as submitted; only an approver decides it.",
            "新的调整申请应为草稿（不设状态，以便添加目标）或直接提交；只有审批人才能批准或驳回。");

    public static LocalText DraftNotSubmitted() =>
        new("This request is a draft: submit it first; an approver then approves or rejects it.",
            "该申请仍是草稿：请先提交，再由审批人批准或驳回。");

    public static LocalText AppliedOnlyByApproval() =>
        new("An adjustment becomes applied only by being approved; approve the submitted request instead.",
            "调整申请只能通过审批生效；请审批已提交的申请。");

    public static LocalText WithdrawOnlyByRequester(string request) =>
        new($"Only the person who submitted adjustment request \"{request}\" can withdraw it. To turn it down, reject it with a decision comment.",
            $"只有提交调整申请“{request}”的人才能撤回该申请。如需否决，请填写审批意见后驳回。");

    public static LocalText RequestOnRecord(string request, AdjustmentStatus status) => status == AdjustmentStatus.Submitted
        ? new($"Adjustment request \"{request}\" has been submitted and cannot be deleted. Withdraw it instead (set its status to Withdrawn); it stays on record.",
              $"调整申请“{request}”已提交，不能删除。请改为撤回（将状态设为已撤回），申请记录会保留。")
        : new($"Adjustment request \"{request}\" is {Status(status).English} and is part of the goals' change history, so it cannot be deleted.",
              $"调整申请“{request}”{Status(status).Chinese}，属于目标变更历史的一部分，不能删除。");

    public static LocalText GoalWriteFailed(string goal, string detail) =>
        new($"Goal \"{goal}\" could not be updated ({detail}). Nothing of the adjustment was applied; fix the goal and approve again.",
            $"目标“{goal}”无法更新（{detail}）。本次调整未做任何修改；请处理该目标后重新审批。");

    public static LocalText Status(AdjustmentStatus status) => status switch
    {
        AdjustmentStatus.Submitted => new("submitted", "已提交"),
        AdjustmentStatus.Approved => new("approved", "已批准"),
        AdjustmentStatus.Rejected => new("rejected", "已驳回"),
        AdjustmentStatus.Withdrawn => new("withdrawn", "已撤回"),
        _ => new("applied", "已生效"),
    };

    public static LocalText Reason(AdjustmentReason? reason) => reason switch
    {
        AdjustmentReason.MarketChange => new("market change", "市场变化"),
        AdjustmentReason.TeamChange => new("team change", "团队变动"),
        AdjustmentReason.NewOpportunity => new("new opportunity", "新商机"),
        AdjustmentReason.Correction => new("correction", "更正"),
        _ => new("no reason given", "未填写原因"),
    };

    // Notifications: titles are short (toast), bodies say what happened and what to do.
    public static LocalText ApprovalNeededTitle() => new("Adjustment request to approve", "待审批的目标调整申请");

    public static LocalText ApprovalNeededBody(string requester, string request, string goals, AdjustmentReason? reason, string justification) =>
        new($"{requester} asks to change {goals} in \"{request}\" ({Reason(reason).English}): {justification} Open the request to approve or reject it.",
            $"{requester} 在“{request}”中申请调整 {goals}（{Reason(reason).Chinese}）：{justification} 请打开申请进行审批。");

    public static LocalText WithdrawnTitle() => new("Adjustment request withdrawn", "目标调整申请已撤回");

    public static LocalText WithdrawnBody(string requester, string request) =>
        new($"{requester} withdrew \"{request}\": there is nothing left to approve.",
            $"{requester} 撤回了“{request}”：无需再审批。");

    public static LocalText RejectedTitle() => new("Your adjustment request was rejected", "您的目标调整申请已被驳回");

    public static LocalText RejectedBody(string approver, string request, string comment) =>
        new($"{approver} rejected \"{request}\": {comment} Change the values and submit a new request if needed.",
            $"{approver} 驳回了“{request}”：{comment} 如有需要，请修改数值后重新提交申请。");

    public static LocalText AppliedTitle() => new("Your adjustment request was approved", "您的目标调整申请已获批准");

    public static LocalText AppliedBody(string approver, string request) =>
        new($"{approver} approved \"{request}\"; the new values are in effect.",
            $"{approver} 批准了“{request}”，新数值已生效。");

    public static LocalText GoalAdjustedTitle() => new("Your goal was adjusted", "您的目标已调整");

    public static LocalText GoalAdjustedBody(string goal, string oldTarget, string newTarget, AdjustmentReason? reason, string approver) =>
        new($"Goal \"{goal}\": target {oldTarget} → {newTarget} ({Reason(reason).English}), approved by {approver}.",
            $"目标“{goal}”：挑战目标 {oldTarget} → {newTarget}（{Reason(reason).Chinese}），审批人 {approver}。");

    public static string Amount(decimal? value, int precision) =>
        value is { } v ? v.ToString("N" + precision.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : "–";
}
