using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using SalesGoals.Crm.GoalEngine.Alerts;
using SalesGoals.Crm.GoalEngine.Calendars;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.GoalEngine.Progress;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Plugins.Goals;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Progress;

/// <summary>
/// Adds a delta to a goal's actual and recomputes progress and tier. The goal row is locked before it is
/// read (a write takes Dataverse's row lock, held until the operation commits), so two closes on one goal
/// are serialized and both count. A failed service call is never caught and retried: inside a plug-in it
/// ends the whole transaction, so a retry could only fail ("There is no active transaction").
/// </summary>
public sealed class GoalProgressWriter
{
    private readonly IOrganizationService _service;
    private readonly IGoalRepository _goals;
    private readonly IClock _clock;
    private readonly AlertService _alerts;
    private readonly IGoalCalendars _calendars;

    public GoalProgressWriter(IOrganizationService service, IGoalRepository goals, IClock clock, AlertService alerts, IGoalCalendars calendars)
    {
        _service = service;
        _goals = goals;
        _clock = clock;
        _alerts = alerts;
        _calendars = calendars;
    }

    /// <summary>Adds <paramref name="delta"/> to the goal's actual parts (null = set them to <paramref name="total"/>);
    /// returns the tier and status before and the new result. <paramref name="alsoSet"/> columns go in the same update.</summary>
    public ProgressChange Apply(Entity goal, MetricTotals? delta, MetricTotals? total = null, IReadOnlyDictionary<string, object?>? alsoSet = null)
    {
        // Only the computed-on stamp: no step filters on it, so locking triggers no plug-in.
        _service.Update(new Entity(goal.LogicalName, goal.Id) { [F.LastComputedOn] = _clock.UtcNow.UtcDateTime });
        var current = _goals.Find(goal.Id) ?? throw new InvalidPluginExecutionException($"Goal {goal.Id} was deleted while its actual was being updated.");
        var before = new MetricTotals(current.GetAttributeValue<decimal?>(F.ActualNumerator) ?? 0m, current.GetAttributeValue<decimal?>(F.ActualDenominator) ?? 0m);
        var parts = total ?? before + (delta ?? MetricTotals.Zero);
        var update = Compute(current, parts, out var change);
        foreach (var column in alsoSet ?? new Dictionary<string, object?>())
        {
            update[column.Key] = column.Value;
        }

        // Under the lock nobody else writes the row; the version check turns any breach of that into a failure, never a lost update.
        update.RowVersion = current.RowVersion;
        _service.Execute(new UpdateRequest { Target = update, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches });
        _alerts.React(current, change);
        return change;
    }

    private Entity Compute(Entity goal, MetricTotals parts, out ProgressChange change)
    {
        var metricRef = goal.GetAttributeValue<EntityReference>(F.MetricId);
        var code = metricRef == null ? null : _goals.MetricCode(metricRef.Id);
        MetricDefinition? metric = code != null && MetricPresets.TryGet(code, out var preset) ? preset : null;
        var snapshot = GoalMapper.ToSnapshot(goal, code, metric?.FixedPrecision ?? 2);
        var kind = metric?.Kind ?? MetricKind.Amount;
        var actual = parts.ValueFor(kind);
        var update = new Entity(goal.LogicalName, goal.Id)
        {
            [F.ActualNumerator] = parts.Numerator,
            [F.ActualDenominator] = parts.Denominator,
            [F.Actual] = actual,
            [F.LastComputedOn] = _clock.UtcNow.UtcDateTime,
        };
        var oldTier = (Tier)((goal.GetAttributeValue<OptionSetValue>(F.Tier)?.Value ?? 100000000) - 100000000);
        var oldStatus = goal.GetAttributeValue<OptionSetValue>(F.PaceStatus) is { } s ? (ProgressStatus?)(s.Value - 100000000) : null;
        change = new ProgressChange(oldTier, oldStatus, null);
        if (snapshot.Period is null || snapshot.Target <= 0m)
        {
            return update;
        }

        var threshold = goal.GetAttributeValue<decimal?>(F.AtRiskThreshold) ?? _calendars.DefaultAtRiskThreshold;
        var options = threshold is > 0m and <= 1m ? new ProgressOptions { AtRiskThreshold = threshold.Value } : ProgressOptions.Default;
        var evaluator = new ProgressEvaluator(_calendars.WeightsFor(goal), options);
        var today = _calendars.DateOf(_clock.UtcNow);
        var result = evaluator.Evaluate(ProgressInput.For(snapshot, actual, today, metric));
        update[F.AttainmentPct] = result.AttainmentPercent;
        update[F.ExpectedToDate] = result.ExpectedToDate;
        update[F.PaceGap] = result.PaceGapPercent;
        update[F.PaceStatus] = new OptionSetValue(100000000 + (int)result.Status);
        update[F.Tier] = new OptionSetValue(100000000 + (int)result.Tier);
        update[F.Projection] = result.RunRateProjection;
        change = new ProgressChange(oldTier, oldStatus, result);
        return update;
    }
}
