using SalesGoals.Crm.Cli.Localization;

namespace SalesGoals.Crm.Cli.Report;

/// <summary>Texts of <c>report</c>.</summary>
internal static class ReportTexts
{
    public static readonly LocalText Description = LocalText.Of(
        "Completion reports computed by the goal engine from Dataverse: a table here, and .xlsx, .csv and PNG charts with --out; alert delivery.",
        "按目标引擎从 Dataverse 计算的完成情况报表：在此显示表格，使用 --out 时另存 .xlsx、.csv 和 PNG 图表；预警通知发送。");

    public static readonly LocalText WeeklyDescription = LocalText.Of("This ISO week to the date, against last week's same days.", "本周（ISO 周）截至该日，与上周同期对比。");

    public static readonly LocalText MonthlyDescription = LocalText.Of("This month to the date, against last month's same days.", "本月截至该日，与上月同期对比。");

    public static readonly LocalText AlertsDescription = LocalText.Of(
        "Tell reps and managers about goal alerts not yet delivered (in-app notification; Teams when Alerts:TeamsWebhookUrl is set).",
        "向销售代表和经理发送尚未通知的目标预警（应用内通知；配置 Alerts:TeamsWebhookUrl 时同时发送到 Teams）。");

    public static readonly LocalText AsOfDescription = LocalText.Of("The report date, yyyy-MM-dd (default: today, UTC).", "报表日期，格式 yyyy-MM-dd（默认：今天，UTC）。");

    public static readonly LocalText AsOfInvalid = LocalText.Of("--as-of '{0}' is not a date in the form yyyy-MM-dd between 2000-01-01 and 2100-12-31.", "--as-of '{0}' 不是 2000-01-01 至 2100-12-31 之间格式为 yyyy-MM-dd 的日期。");

    public static readonly LocalText OutDescription = LocalText.Of("Folder to write report.xlsx, report.csv, attainment.png and pace.png into (created if missing).", "写入 report.xlsx、report.csv、attainment.png 和 pace.png 的文件夹（不存在则创建）。");

    public static readonly LocalText LevelDescription = LocalText.Of("Only these levels: company, team, rep (repeatable).", "仅这些层级：company、team、rep（可重复）。");

    public static readonly LocalText LevelInvalid = LocalText.Of("--level '{0}' is not one of company, team, rep.", "--level '{0}' 不是 company、team、rep 之一。");

    public static readonly LocalText ProductLineDescription = LocalText.Of("Only goals of this product line (its label).", "仅该产品线的目标（按标签）。");

    public static readonly LocalText RegionDescription = LocalText.Of("Only goals of this region (its label).", "仅该区域的目标（按标签）。");

    public static readonly LocalText NoGoals = LocalText.Of("No Active or Closed goal falls in this report's window.", "本报表期间内没有生效或已关闭的目标。");

    public static readonly LocalText Written = LocalText.Of("Written: {0}", "已写入：{0}");

    public static readonly LocalText Behind = LocalText.Of("{0} goal(s) behind pace.", "{0} 个目标进度落后。");

    public static readonly LocalText Delivered = LocalText.Of(
        "{0} alert notice(s): {1} in-app notification(s), {2} Teams message(s); {3} stale alert(s) closed without a notice.",
        "{0} 条预警通知：{1} 条应用内通知，{2} 条 Teams 消息；{3} 条过期预警已关闭且未通知。");
}
