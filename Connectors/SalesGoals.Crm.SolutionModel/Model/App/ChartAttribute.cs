namespace SalesGoals.Crm.SolutionModel.Model.App;

/// <summary>An attribute of a chart's aggregate fetch: aggregated (count, countcolumn, sum, avg, min,
/// max) or grouped by (optionally by day, week, month, quarter or year).</summary>
public sealed record ChartAttribute(string Column, string Alias, string? Aggregate, bool GroupBy, string? DateGrouping);
