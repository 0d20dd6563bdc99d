using System.Collections.Generic;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.Reporting.Reports;

/// <summary>One goal's day-by-day actual (to the report date) and expected-to-date (to the period's end), as % of its target.</summary>
public sealed record PaceSeries(string Label, Period Period, IReadOnlyList<PacePoint> Points);
