using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.GoalEngine.Alerts;
using SalesGoals.Crm.GoalEngine.Calendars;
using SalesGoals.Crm.GoalEngine.Ledger;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.GoalEngine.Progress;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Plugins.Goals;
using SalesGoals.Crm.Plugins.Schema;
using A = SalesGoals.Crm.Plugins.Schema.SgGoalAlert.Fields;
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
    private const string OpenAlertAlias = "open_atrisk";
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
    /// returns the tier and status before and the new result. <paramref name="alsoSet"/> columns go in the same update.
    /// <paramref name="periodEnded"/>: this is the goal's last evaluation, closing it (its open at-risk alert closes as
    /// "period ended", see <see cref="AlertService.ReactToPeriodEnd"/>).</summary>
    public ProgressChange Apply(Entity goal, MetricTotals? delta, MetricTotals? total = null, IReadOnlyDictionary<string, object?>? alsoSet = null, bool periodEnded = false)
    {
        // Only the computed-on stamp: no step filters on it, so locking triggers no plug-in.
        _service.Update(new Entity(goal.LogicalName, goal.Id) { [F.LastComputedOn] = _clock.UtcNow.UtcDateTime });
        var current = _goals.Find(goal.Id) ?? throw new InvalidPluginExecutionException($"Goal {goal.Id} was deleted while its actual was being updated.");
        var before = new MetricTotals(current.GetAttributeValue<decimal?>(F.ActualNumerator) ?? 0m, current.GetAttributeValue<decimal?>(F.ActualDenominator) ?? 0m);
        // Stryker disable once NullCoalescing,Arithmetic : every caller passes MetricTotals.Zero, or null with a total.
        var added = before + (delta ?? MetricTotals.Zero);
        var parts = total ?? added;
        var update = Compute(current, parts, out var change);
        foreach (var column in alsoSet ?? new Dictionary<string, object?>())
        {
            update[column.Key] = column.Value;
        }

        // Under the lock nobody else writes the row; the version check turns any breach of that into a failure, never a lost update.
        update.RowVersion = current.RowVersion;
        _service.Execute(new UpdateRequest { Target = update, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches });
        if (periodEnded)
        {
            _alerts.ReactToPeriodEnd(current, change);
        }
        else
        {
            _alerts.React(current, change);
        }

        return change;
    }

    /// <summary>
    /// The hot path's form of <see cref="Apply"/> for several goals (a leaf and its ancestors) in three requests
    /// whatever their number: all are locked with one UpdateMultiple (in the order given, leaves before their
    /// ancestors, as one by one), re-read with one query that also brings each goal's metric code and open
    /// at-risk alert, and written with one UpdateMultiple under the row-version check. Alerts follow per goal (new ones created together).
    /// </summary>
    public void ApplyAll(IReadOnlyList<GoalDelta> deltas) =>
        ApplyAll(deltas.Select(d => new GoalWrite(d.GoalId, d.Delta)).ToList());

    /// <summary>As <see cref="ApplyAll(IReadOnlyList{GoalDelta})"/>, each goal with its delta or total and further columns
    /// (the recalculation writes a batch of leaves and their ancestors this way). The goals must be distinct.</summary>
    public void ApplyAll(IReadOnlyList<GoalWrite> deltas)
    {
        if (deltas.Count == 0)
        {
            return;
        }

        var now = _clock.UtcNow.UtcDateTime;
        _service.Execute(new UpdateMultipleRequest
        {
            Targets = Goals(deltas.Select(d => new Entity(SgGoal.LogicalName, d.GoalId) { [F.LastComputedOn] = now })),
        });
        var locked = ReadLocked(deltas.Select(d => d.GoalId).ToList());
        var updates = new List<Entity>();
        var changed = new List<LockedGoal>();
        foreach (var delta in deltas)
        {
            if (!locked.TryGetValue(delta.GoalId, out var current))
            {
                throw new InvalidPluginExecutionException($"Goal {delta.GoalId} was deleted while its actual was being updated.");
            }

            if (!delta.EvenIfClosed && current.Row.GetAttributeValue<OptionSetValue>(F.GoalStatus)?.Value == SgGoal.Options.StatusClosed)
            {
                continue; // A closed ancestor's figures are final.
            }

            var before = new MetricTotals(current.Row.GetAttributeValue<decimal?>(F.ActualNumerator) ?? 0m, current.Row.GetAttributeValue<decimal?>(F.ActualDenominator) ?? 0m);
            var update = Compute(current.Row, delta.Total ?? before + (delta.Delta ?? MetricTotals.Zero), out var change);
            foreach (var column in delta.AlsoSet ?? new Dictionary<string, object?>())
            {
                update[column.Key] = column.Value;
            }

            update.RowVersion = current.Row.RowVersion;
            updates.Add(update);
            current.Change = change;
            changed.Add(current);
        }

        if (updates.Count > 0)
        {
            _service.Execute(new UpdateMultipleRequest { Targets = Goals(updates), ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches });
        }

        _alerts.Defer(); // the alerts these goals raise are created together
        foreach (var goal in changed)
        {
            _alerts.React(goal.Row, goal.Change!, goal.OpenAlert);
        }

        _alerts.CreateDeferred();
    }

    private Dictionary<Guid, LockedGoal> ReadLocked(IReadOnlyList<Guid> ids)
    {
        var query = new QueryExpression(SgGoal.LogicalName) { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition(F.Id, ConditionOperator.In, ids.Select(id => (object)id).ToArray());
        // Stryker disable once Statement : every caller (the hot path's candidate query, the recalculation's reads) has already
        // read these goals' metric codes, which a goal shares with its ancestors; the join spares a read of sg_metric otherwise.
        GoalRepository.JoinMetricCode(query, F.MetricId);
        var alert = query.AddLink(SgGoalAlert.LogicalName, F.Id, A.GoalId, JoinOperator.LeftOuter);
        alert.EntityAlias = OpenAlertAlias;
        alert.Columns = new ColumnSet(A.Id);
        alert.LinkCriteria.AddCondition(A.Kind, ConditionOperator.Equal, SgGoalAlert.Options.KindAtRisk);
        alert.LinkCriteria.AddCondition(A.AlertStatus, ConditionOperator.Equal, SgGoalAlert.Options.StatusOpen);
        var rows = _service.RetrieveMultiple(query).Entities;
        var result = new Dictionary<Guid, LockedGoal>();
        foreach (var row in rows)
        {
            // An outer join to a goal's alerts gives one row per open alert: the first one stands for them (as TopCount 1 did).
            var alertId = row.GetAttributeValue<AliasedValue>(OpenAlertAlias + "." + A.Id)?.Value as Guid?;
            // Stryker disable once String,Block : no goal column starts with the alias, and the row is only read (computed,
            // alerted), never written back; nothing reads the joined alert's columns after alertId.
            foreach (var column in row.Attributes.Keys.Where(k => k.StartsWith(OpenAlertAlias + ".", StringComparison.Ordinal)).ToList())
            {
                // Stryker disable once Statement : the row is only read (computed, alerted), never written back, and nothing reads that column.
                row.Attributes.Remove(column);
            }

            if (!result.ContainsKey(row.Id))
            {
                result[row.Id] = new LockedGoal(row, alertId is { } id ? new Entity(SgGoalAlert.LogicalName, id) : null);
            }
        }

        // Stryker disable once Statement : as for the join above, the codes are already known to every caller's repository.
        _goals.Remember(rows);
        return result;
    }

    private static EntityCollection Goals(IEnumerable<Entity> rows) => new(rows.ToList()) { EntityName = SgGoal.LogicalName };

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

        var evaluator = new ProgressEvaluator(_calendars.WeightsFor(goal), _calendars.OptionsFor(goal));
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
