using SalesGoals.Crm.Plugins.Infrastructure;

namespace SalesGoals.Crm.Plugins.Planning;

/// <summary>sg_ApplyGoalPlan's messages, English (1033) and Simplified Chinese (2052), picked by <see cref="LocalText"/>.</summary>
internal static class GoalPlanTexts
{
    public static string Refused(int language, int count) =>
        LocalText.In(language,
            $"Nothing was written: {count} goal(s) of the plan cannot be applied:",
            $"未写入任何数据：规划中有 {count} 个目标无法应用：");

    public static string Locked(int language, string key, string tiers) =>
        LocalText.In(language,
            $"{key}: the goal is locked and the plan changes {tiers}; submit an adjustment request (sg_goaladjustment) instead of editing it.",
            $"{key}：该目标已锁定，{tiers}；请提交目标调整申请（sg_goaladjustment），而不是直接修改。");

    public static string OtherParent(int language, string key, string name) =>
        LocalText.In(language,
            $"{key}: a goal for the same scope (metric, assignee, period, dimensions), '{name}', already exists under another parent; the plan cannot take it over.",
            $"{key}：已有同一范围（指标、负责人、期间、维度）的目标“{name}”，但位于其他上级目标下；规划不能接管它。");

    public static string RemovedLocked(int language, string path) =>
        LocalText.In(language,
            $"{path}: the plan removes this goal, but it is locked; submit an adjustment request (sg_goaladjustment), or keep it (no --remove-missing).",
            $"{path}：规划已删除该目标，但它已锁定；请提交目标调整申请（sg_goaladjustment），或不使用 --remove-missing 保留它。");

    public static string RemovedWithLedger(int language, string path, int rows) =>
        LocalText.In(language,
            $"{path}: the plan removes this goal, but {rows} ledger row(s) count toward it (and its ancestors); deactivating it would falsify their actuals. Keep it, or move them with an adjustment request first.",
            $"{path}：规划已删除该目标，但已有 {rows} 条业绩记录计入它（及其上级）；停用会使上级的实际值失真。请保留它，或先通过目标调整申请转移。");

    public static string BadContinuation(int language) =>
        LocalText.In(language,
            "The Continuation is not one sg_ApplyGoalPlan returned for this plan; pass the last call's Continuation, or none to check the plan again and go on.",
            "Continuation 不是 sg_ApplyGoalPlan 为这份规划返回的续点；请传入上一次调用返回的 Continuation，或不传以重新检查并继续。");

    public static string Missing(int language, string key) =>
        LocalText.In(language,
            $"{key}: the goal went missing while the plan was being applied (deleted, or its scope changed); apply the plan again.",
            $"{key}：该目标在应用过程中消失了（已被删除或其范围已更改）；请重新应用该规划。");

    public static string BadDocument(int language, string detail) =>
        LocalText.In(language,
            $"The plan is not valid: {detail}",
            $"规划内容无效：{detail}");

    public static string Tier(int language, string tier, decimal? from, decimal? to) =>
        LocalText.In(language, tier, TierZh(tier)) + " " + Shown(from) + " → " + Shown(to);

    private static string TierZh(string tier) => tier switch
    {
        "base" => "基础目标",
        "target" => "挑战目标",
        _ => "超越目标",
    };

    private static string Shown(decimal? value) => value?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) ?? "–";
}
