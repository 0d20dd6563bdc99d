using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.Reporting.Reports;

/// <summary>
/// The days a report compares. Weekly: this ISO week from Monday to the report date, against last week's same days
/// (周环比 on equal footing). Monthly: this month from the 1st to the date, against last month's same days (clipped to
/// its end). <see cref="FullStart"/>..<see cref="FullEnd"/> is the whole week or month, whose share of a goal's
/// target is the period target the completion rate is measured against.
/// </summary>
public sealed record ReportWindow(LocalDate Start, LocalDate End, LocalDate PreviousStart, LocalDate PreviousEnd, LocalDate FullStart, LocalDate FullEnd)
{
    public static ReportWindow For(ReportKind kind, LocalDate asOf)
    {
        if (kind == ReportKind.Weekly)
        {
            var monday = IsoWeek.MondayOf(asOf);
            return new ReportWindow(monday, asOf, monday.AddDays(-7), asOf.AddDays(-7), monday, monday.AddDays(6));
        }

        var first = asOf.FirstOfMonth();
        var previousFirst = first.AddMonths(-1);
        var previousEnd = LocalDate.Min(previousFirst.AddDays(asOf.Day - 1), previousFirst.LastOfMonth());
        return new ReportWindow(first, asOf, previousFirst, previousEnd, first, asOf.LastOfMonth());
    }

    /// <summary>"2026-W07" or "2026-02".</summary>
    public string Label(ReportKind kind)
    {
        if (kind == ReportKind.Weekly)
        {
            return IsoWeek.WeekOf(Start).ToString();
        }

        return Start.ToString()[..7];
    }
}
