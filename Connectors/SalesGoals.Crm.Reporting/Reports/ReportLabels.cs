using System;
using System.Collections.Generic;
using SalesGoals.Crm.GoalEngine.Progress;

namespace SalesGoals.Crm.Reporting.Reports;

/// <summary>Every label a report shows, in English and Simplified Chinese (the terms sales teams in China use).</summary>
public sealed class ReportLabels
{
    private readonly bool _chinese;

    private ReportLabels(ReportLanguage language) => _chinese = language == ReportLanguage.Chinese;

    public static ReportLabels English { get; } = new(ReportLanguage.English);

    public static ReportLabels Chinese { get; } = new(ReportLanguage.Chinese);

    public static ReportLabels For(ReportLanguage language) => language == ReportLanguage.Chinese ? Chinese : English;

    public string Title(ReportKind kind) => kind == ReportKind.Weekly
        ? Pick("Weekly completion report", "销售目标周报")
        : Pick("Monthly completion report", "销售目标月报");

    public string AsOf => Pick("As of", "截至");

    public string ReportSheet => Pick("Report", "报表");

    public string BehindPaceSheet => Pick("Behind pace", "进度落后");

    public string NothingBehind => Pick("No goal is behind pace.", "没有进度落后的目标。");

    public string AttainmentChartTitle => Pick("Attainment by rep (% of target)", "各销售代表完成率（占目标 %）");

    public string PaceChartTitle => Pick("Actual vs expected to date (% of target)", "实际完成与应完成进度（占目标 %）");

    public string ExpectedLegend => Pick("expected", "应完成");

    public string ActualLegend => Pick("actual", "实际");

    public string Column(ReportColumn column, ReportKind kind) => column switch
    {
        ReportColumn.Level => Pick("Level", "层级"),
        ReportColumn.Goal => Pick("Goal", "目标"),
        ReportColumn.Assignee => Pick("Assignee", "负责人"),
        ReportColumn.ProductLine => Pick("Product line", "产品线"),
        ReportColumn.Region => Pick("Region", "区域"),
        ReportColumn.Period => Pick("Period", "周期"),
        ReportColumn.Metric => Pick("Metric", "指标"),
        ReportColumn.Currency => Pick("Currency", "币种"),
        ReportColumn.Target => Pick("Target", "目标值"),
        ReportColumn.Actual => Pick("Actual", "实际完成"),
        ReportColumn.Attainment => Pick("Attainment %", "完成率 %"),
        ReportColumn.ExpectedToDate => Pick("Expected to date", "应完成进度"),
        ReportColumn.PaceGap => Pick("Pace gap %", "进度差距 %"),
        ReportColumn.Pace => Pick("Pace", "进度状态"),
        ReportColumn.Tier => Pick("Tier", "达成档位"),
        ReportColumn.Projection => Pick("Projection", "预计完成"),
        ReportColumn.WindowActual => kind == ReportKind.Weekly ? Pick("This week", "本周完成") : Pick("This month", "本月完成"),
        ReportColumn.PreviousWindowActual => kind == ReportKind.Weekly ? Pick("Last week (same days)", "上周同期") : Pick("Last month (same days)", "上月同期"),
        ReportColumn.Change => kind == ReportKind.Weekly ? Pick("Week over week %", "周环比 %") : Pick("Month over month %", "月环比 %"),
        ReportColumn.WindowTarget => kind == ReportKind.Weekly ? Pick("Week target", "本周目标") : Pick("Month target", "本月目标"),
        ReportColumn.WindowCompletion => kind == ReportKind.Weekly ? Pick("Week completion %", "本周完成率 %") : Pick("Month completion %", "本月完成率 %"),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, null),
    };

    public string Status(ProgressStatus status) => status switch
    {
        ProgressStatus.OnTrack => Pick("On track", "正常"),
        ProgressStatus.Behind => Pick("Behind", "落后"),
        ProgressStatus.AtRisk => Pick("At risk", "预警"),
        ProgressStatus.Achieved => Pick("Achieved", "已达成"),
        _ => status.ToString(),
    };

    public string TierName(Tier tier) => tier switch
    {
        Tier.None => Pick("None", "未达基础"),
        Tier.Base => Pick("Base", "基础目标"),
        Tier.Target => Pick("Target", "挑战目标"),
        Tier.Stretch => Pick("Stretch", "超越目标"),
        _ => tier.ToString(),
    };

    public string LevelName(GoalLevel level) => level switch
    {
        GoalLevel.Company => Pick("Company", "公司"),
        GoalLevel.Team => Pick("Team", "团队"),
        GoalLevel.Rep => Pick("Rep", "销售代表"),
        _ => level.ToString(),
    };

    public static IReadOnlyList<ReportColumn> Columns { get; } = Enum.GetValues<ReportColumn>();

    private string Pick(string english, string chinese) => _chinese ? chinese : english;
}
