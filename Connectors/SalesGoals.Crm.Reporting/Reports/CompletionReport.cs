using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.Reporting.Reports;

/// <summary>A weekly or monthly completion report: every goal's line, the behind-pace list and the pace series for the chart.</summary>
public sealed record CompletionReport(ReportKind Kind, LocalDate AsOf, ReportWindow Window, IReadOnlyList<ReportLine> Lines, IReadOnlyList<PaceSeries> Pace)
{
    /// <summary>Goals behind or at risk, the widest gap first.</summary>
    public IReadOnlyList<ReportLine> BehindPace { get; } =
        Lines.Where(l => l.IsBehindPace).OrderByDescending(l => l.PaceGapPercent ?? 0m).ThenBy(l => l.GoalName, System.StringComparer.Ordinal).ToList();
}
