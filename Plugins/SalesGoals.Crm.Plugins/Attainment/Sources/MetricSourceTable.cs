using SalesGoals.Crm.GoalEngine.Metrics;

namespace SalesGoals.Crm.Plugins.Attainment.Sources;

/// <summary>
/// Where the records of one <see cref="SourceKind"/> live in Dataverse: the table, and the columns that play the
/// engine's roles (the metric's date, the owner, the amount in base currency; no amount for sources that are only counted).
/// </summary>
public sealed record MetricSourceTable(SourceKind Kind, string Table, string DateColumn, string OwnerColumn, string? AmountColumn);
