using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.Reporting.Reports;

/// <summary>A day of a <see cref="PaceSeries"/>: expected-to-date and (up to the report date) actual, both % of target.</summary>
public sealed record PacePoint(LocalDate Date, decimal ExpectedPercent, decimal? ActualPercent);
