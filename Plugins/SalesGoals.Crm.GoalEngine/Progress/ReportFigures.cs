using SalesGoals.Crm.GoalEngine.Decomposition;

namespace SalesGoals.Crm.GoalEngine.Progress;

/// <summary>Figures the reports show besides progress (goals.md §3).</summary>
public static class ReportFigures
{
    /// <summary>周环比: (this week − last week) / last week × 100; null when last week had nothing.</summary>
    public static decimal? WeekOverWeekChangePercent(decimal thisWeek, decimal lastWeek) =>
        lastWeek == 0m ? null : Allocator.RoundTo((thisWeek - lastWeek) / lastWeek * 100m, 2);

    /// <summary>Month completion rate: month actual / month target × 100; null without a positive target.</summary>
    public static decimal? MonthCompletionRatePercent(decimal monthActual, decimal monthTarget) =>
        monthTarget <= 0m ? null : Allocator.RoundTo(monthActual / monthTarget * 100m, 2);
}
