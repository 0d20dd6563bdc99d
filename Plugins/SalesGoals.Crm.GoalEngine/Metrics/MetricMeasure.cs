using System.Collections.Generic;

namespace SalesGoals.Crm.GoalEngine.Metrics;

/// <summary>One counted part of a metric: which record states count and what each adds.</summary>
public sealed record MetricMeasure(MeasureKind Kind, IReadOnlyList<string> States, string? AmountColumn = null);
