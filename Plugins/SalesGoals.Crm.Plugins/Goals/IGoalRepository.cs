using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.Plugins.Goals;

/// <summary>Reads goal rows for the rule and attainment services.</summary>
public interface IGoalRepository
{
    Entity? Find(Guid goalId);

    IReadOnlyList<Entity> Children(Guid parentId);

    IReadOnlyList<Entity> WithScopeKey(string scopeKey);

    /// <summary>Whether the goal has ledger rows (recorded results) and goal-history rows (adjustments applied).</summary>
    GoalHistoryFacts History(Guid goalId);

    /// <summary>The metric's code (an engine preset), or null for an unknown metric id.</summary>
    string? MetricCode(Guid metricId);

    /// <summary>The metric row's id for a code, or null.</summary>
    Guid? MetricId(string code);

    /// <summary>Remembers the metric codes that rows read with <see cref="GoalRepository.JoinMetricCode"/> carry, so
    /// no separate read of the metric table is needed; returns the rows without the joined column.</summary>
    IReadOnlyCollection<Entity> Remember(IReadOnlyCollection<Entity> rows, string metricColumn = Schema.SgGoal.Fields.MetricId);
}
