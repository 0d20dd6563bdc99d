using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.Plugins.Attainment.Sources;

namespace SalesGoals.Crm.Plugins.Recalculation;

/// <summary>What rebuilding one leaf needs: its metric (null when unknown: its rows are kept and summed),
/// snapshot, currency rate, owner, the records it covers (null when it has no assignee or period) and the source tables.</summary>
public sealed class LeafPlan
{
    public LeafPlan(Entity goal, MetricDefinition? metric, GoalSnapshot? snapshot, decimal rate, SourceScope? scope, IReadOnlyList<ISourceFacts> sources)
    {
        Goal = goal;
        Metric = metric;
        Snapshot = snapshot;
        Rate = rate;
        Scope = scope;
        Sources = sources;
    }

    public Entity Goal { get; }

    public Guid Id => Goal.Id;

    public MetricDefinition? Metric { get; }

    public GoalSnapshot? Snapshot { get; }

    public decimal Rate { get; }

    public SourceScope? Scope { get; }

    public IReadOnlyList<ISourceFacts> Sources { get; }

    public EntityReference? Owner => Goal.GetAttributeValue<EntityReference>(Schema.SgGoal.Fields.OwnerId);
}
