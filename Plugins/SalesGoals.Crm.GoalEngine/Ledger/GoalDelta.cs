using System;
using SalesGoals.Crm.GoalEngine.Metrics;

namespace SalesGoals.Crm.GoalEngine.Ledger;

/// <summary>An amount to add to one goal's actual (a leaf or one of its ancestors).</summary>
public readonly record struct GoalDelta(Guid GoalId, MetricTotals Delta);
