using System.Collections.Generic;

namespace SalesGoals.Crm.GoalEngine.Metrics;

/// <summary>One counted part of a metric: which record states count and what each adds (an amount is the
/// record's amount in base currency; the plug-ins know which column holds it).</summary>
public sealed record MetricMeasure(MeasureKind Kind, IReadOnlyList<string> States);
