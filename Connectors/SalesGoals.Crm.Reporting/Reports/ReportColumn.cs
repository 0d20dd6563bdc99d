namespace SalesGoals.Crm.Reporting.Reports;

/// <summary>The columns of a report table, in their order (terminal, .xlsx and .csv alike).</summary>
public enum ReportColumn
{
    Level = 0,
    Goal,
    Assignee,
    ProductLine,
    Region,
    Period,
    Metric,
    Currency,
    Target,
    Actual,
    Attainment,
    ExpectedToDate,
    PaceGap,
    Pace,
    Tier,
    Projection,
    WindowActual,
    PreviousWindowActual,
    Change,
    WindowTarget,
    WindowCompletion,
}
