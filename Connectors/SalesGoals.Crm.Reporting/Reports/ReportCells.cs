using System.Globalization;
using SalesGoals.Crm.GoalEngine.Metrics;

namespace SalesGoals.Crm.Reporting.Reports;

/// <summary>A line's value for a column: text for labels, a number for figures (null = empty cell).</summary>
public static class ReportCells
{
    public static object? Value(ReportLine line, ReportColumn column, ReportLabels labels) => column switch
    {
        ReportColumn.Level => labels.LevelName(line.Level),
        ReportColumn.Goal => line.GoalName,
        ReportColumn.Assignee => line.Assignee,
        ReportColumn.ProductLine => line.ProductLine,
        ReportColumn.Region => line.Region,
        ReportColumn.Period => $"{line.Period.Start} – {line.Period.End}",
        ReportColumn.Metric => line.MetricCode is { } code && MetricPresets.TryGet(code, out var metric)
            ? (labels == ReportLabels.Chinese ? metric.NameChinese : metric.NameEnglish)
            : line.MetricCode,
        ReportColumn.Currency => line.CurrencyCode,
        ReportColumn.Target => line.Target,
        ReportColumn.Actual => line.Actual,
        ReportColumn.Attainment => line.AttainmentPercent,
        ReportColumn.ExpectedToDate => line.ExpectedToDate,
        ReportColumn.PaceGap => line.PaceGapPercent,
        ReportColumn.Pace => labels.Status(line.Status),
        ReportColumn.Tier => labels.TierName(line.Tier),
        ReportColumn.Projection => line.Projection,
        ReportColumn.WindowActual => line.WindowActual,
        ReportColumn.PreviousWindowActual => line.PreviousWindowActual,
        ReportColumn.Change => line.ChangePercent,
        ReportColumn.WindowTarget => line.WindowTarget,
        ReportColumn.WindowCompletion => line.WindowCompletionPercent,
        _ => null,
    };

    /// <summary>True for the percentage columns (shown with two decimals and a % sign).</summary>
    public static bool IsPercent(ReportColumn column) =>
        column is ReportColumn.Attainment or ReportColumn.PaceGap or ReportColumn.Change or ReportColumn.WindowCompletion;

    /// <summary>How a number of the column is shown (the .xlsx's formats): percentages 0.00, counts #,##0, amounts
    /// #,##0.00 — so 862,533.70 does not show as 862,533.7 next to 3,000,000 in one column.</summary>
    public static string DisplayFormat(ReportLine line, ReportColumn column) =>
        IsPercent(column) ? "0.00" : IsCount(line) ? "#,##0" : "#,##0.00";

    /// <summary>True for goals of a count metric (deals, customers, visits…), whose figures are whole numbers.</summary>
    public static bool IsCount(ReportLine line) =>
        line is { MetricCode: { } code } && MetricPresets.TryGet(code, out var metric) && metric.Kind == MetricKind.Count;

    /// <summary>Invariant text of a value: numbers with '.' and no grouping, so any spreadsheet parses them.</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
