using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.GoalEngine.Ledger;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.Plugins.Goals;
using SalesGoals.Crm.Plugins.Progress;
using SalesGoals.Crm.Plugins.Schema;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Recalculation;

/// <summary>
/// Rebuilds a goal tree's ledger and actuals from the source records, one bounded slice per execution:
/// leaves depth-first (children in id order), each leaf page by page (<see cref="LeafRebuilder"/>), a
/// parent set to the sum of its children once they are all done. Each slice writes its ledger changes
/// and adds their net change to the leaf and its ancestors in one transaction, so at every commit a
/// goal's actual equals its ledger; a leaf whose actual nobody else changed between its slices gets the
/// exact sum of its rows when it finishes (repairing a drifted actual). The slice stops starting steps at the request budget and
/// leaves a continuation (returned, and kept on the root goal with its state and progress).
/// </summary>
public sealed class RecalculationService
{
    private const string GrandchildAlias = "grandchild";

    private readonly IOrganizationService _service;
    private readonly IGoalRepository _goals;
    private readonly GoalProgressWriter _progress;
    private readonly LeafRebuilder _leaves;
    private readonly RequestBudget _budget;
    private readonly Func<DateTime> _now;
    private readonly GoalAncestry _ancestry;
    private readonly Dictionary<Guid, Entity> _goalRows = new();
    private readonly Dictionary<Guid, MetricTotals> _ancestorDeltas = new();
    private readonly Dictionary<Guid, LeafPlan> _plans = new();
    private MetricTotals _leafDelta = MetricTotals.Zero;

    public RecalculationService(IOrganizationService service, IGoalRepository goals, GoalProgressWriter progress, LeafRebuilder leaves, RequestBudget budget, Func<DateTime> now)
    {
        _service = service;
        _goals = goals;
        _progress = progress;
        _leaves = leaves;
        _budget = budget;
        _now = now;
        _ancestry = new GoalAncestry(service);
    }

    /// <summary>Runs one slice. <paramref name="continuation"/>: the previous slice's; null resumes the goal's
    /// running recalculation (its stored continuation) or, when there is none or <paramref name="restart"/>, starts one.</summary>
    public RecalculationSlice RunSlice(Guid rootId, string? continuation, bool restart = false)
    {
        var root = GoalRow(rootId) ?? throw new GoalNotFoundException(rootId);
        var stored = root.GetAttributeValue<string>(F.RecalcContinuation);
        var running = root.GetAttributeValue<OptionSetValue>(F.RecalcStatus)?.Value is SgGoal.Options.RecalcRunning or SgGoal.Options.RecalcQueued or SgGoal.Options.RecalcFailed;
        var cursor = !string.IsNullOrEmpty(continuation) ? RecalculationCursor.Parse(continuation!, rootId)
            : !restart && running && !string.IsNullOrEmpty(stored) ? RecalculationCursor.Parse(stored, rootId)
            : Start(rootId);
        var fresh = cursor.Slices == 0;
        var processedBefore = cursor.Processed;
        while (!cursor.IsDone && _budget.CanStartStep && cursor.Processed - processedBefore < RequestBudget.MaxCheckedPerSlice)
        {
            Step(cursor);
        }

        if (cursor.IsDone)
        {
            RepairAncestorsAbove(rootId);
        }

        cursor.Slices++;
        if (cursor.LeafId != Guid.Empty && GoalRow(cursor.LeafId) is { } unfinished)
        {
            cursor.LeafWritten = Parts(unfinished) + _leafDelta;
        }

        WriteState(rootId, cursor, fresh);
        FlushLeaf(cursor, finished: false);
        FlushAncestors();
        var actual = _goals.Find(rootId)?.GetAttributeValue<decimal?>(F.Actual) ?? 0m;
        return new RecalculationSlice(cursor.IsDone, cursor.IsDone ? string.Empty : cursor.Serialize(), actual,
            (int)Math.Min(int.MaxValue, cursor.Processed - processedBefore), _budget.Used);
    }

    private RecalculationCursor Start(Guid rootId)
    {
        var cursor = new RecalculationCursor(rootId);
        if (HasChildren(rootId))
        {
            cursor.Parents.Add(new RecalculationFrame(rootId, Guid.Empty));
        }
        else
        {
            cursor.BeginLeaf(rootId);
        }

        return cursor;
    }

    private void Step(RecalculationCursor cursor)
    {
        if (cursor.LeafId != Guid.Empty)
        {
            LeafStep(cursor);
            return;
        }

        var frame = cursor.Parents[cursor.Parents.Count - 1];
        var child = NextChild(frame);
        if (child is null)
        {
            cursor.Parents.RemoveAt(cursor.Parents.Count - 1);
            FinishParent(frame.GoalId);
            return;
        }

        frame.LastChildId = child.Id;
        if (child.Contains(GrandchildAlias + "." + F.Id))
        {
            cursor.Parents.Add(new RecalculationFrame(child.Id, Guid.Empty));
        }
        else
        {
            cursor.BeginLeaf(child.Id);
        }
    }

    private void LeafStep(RecalculationCursor cursor)
    {
        if (!_plans.TryGetValue(cursor.LeafId, out var plan))
        {
            if (GoalRow(cursor.LeafId) is not { } row)
            {
                cursor.EndLeaf(); // deleted meanwhile: nothing to rebuild
                return;
            }

            // Someone else changed the goal's actual since this job last wrote it: the running sum may miss their rows.
            if (cursor.LeafWritten is { } written && Parts(row) != written)
            {
                cursor.SumReliable = false;
            }

            plan = _leaves.Plan(row);
            _plans[cursor.LeafId] = plan;
        }

        if (cursor.Phase != LeafPhase.Finished)
        {
            AddToLeaf(plan.Id, _leaves.Step(cursor, plan));
        }

        if (cursor.Phase == LeafPhase.Finished)
        {
            FlushLeaf(cursor, finished: true);
            cursor.EndLeaf();
        }
    }

    private void AddToLeaf(Guid leafId, MetricTotals delta)
    {
        _leafDelta += delta;
        if (delta.IsZero)
        {
            return; // nothing to add above: the chain need not even be read
        }

        for (var parent = ParentOf(leafId); parent is { } id; parent = ParentOf(id))
        {
            _ancestorDeltas[id] = (_ancestorDeltas.TryGetValue(id, out var sum) ? sum : MetricTotals.Zero) + delta;
        }
    }

    /// <summary>Writes the leaf in progress: its delta (or, once finished with a reliable sum, the exact sum of its rows) and its state.</summary>
    private void FlushLeaf(RecalculationCursor cursor, bool finished)
    {
        if (cursor.LeafId == Guid.Empty || GoalRow(cursor.LeafId) is not { } leaf)
        {
            return;
        }

        var state = new Dictionary<string, object?> { [F.RecalcStatus] = new OptionSetValue(finished ? SgGoal.Options.RecalcDone : SgGoal.Options.RecalcRunning) };
        if (finished)
        {
            state[F.RecalcFinishedOn] = _now();
        }

        if (finished && cursor.SumReliable)
        {
            var before = Parts(leaf);
            _progress.Apply(leaf, null, cursor.LedgerSum, state);
            var correction = cursor.LedgerSum - before - _leafDelta;
            for (var parent = ParentOf(leaf.Id); parent is { } id && !correction.IsZero; parent = ParentOf(id))
            {
                _ancestorDeltas[id] = (_ancestorDeltas.TryGetValue(id, out var sum) ? sum : MetricTotals.Zero) + correction;
            }
        }
        else if (finished || !_leafDelta.IsZero || leaf.GetAttributeValue<OptionSetValue>(F.RecalcStatus)?.Value != SgGoal.Options.RecalcRunning)
        {
            _progress.Apply(leaf, _leafDelta, null, state);
        }

        _leafDelta = MetricTotals.Zero;
        _goalRows.Remove(leaf.Id);
        _plans.Remove(leaf.Id);
    }

    /// <summary>The ancestors' deltas in three requests whatever their number (<see cref="GoalProgressWriter.ApplyAll"/>), deepest
    /// first as the hot path locks them; an ancestor deleted meanwhile gets none.</summary>
    private void FlushAncestors()
    {
        _ancestry.Read(_ancestorDeltas.Where(p => !p.Value.IsZero).Select(p => p.Key)); // at most one query: which exist, and their depth
        var deltas = _ancestorDeltas.Where(p => !p.Value.IsZero && _ancestry.Exists(p.Key))
            .OrderByDescending(p => _ancestry.Above(p.Key).Count)
            .Select(p => new GoalDelta(p.Key, p.Value))
            .ToList();
        _progress.ApplyAll(deltas);
        _ancestorDeltas.Clear();
    }

    /// <summary>All children are done: the parent's actual is the sum of theirs.</summary>
    private void FinishParent(Guid parentId) => SetToSumOfChildren(parentId, markDone: true);

    /// <summary>
    /// The recalculation is done: each goal above its root, bottom up, is set to the sum of its children, so an
    /// ancestor whose actual had drifted is repaired too (its other children count as they stand; their own
    /// recalculation repairs them). Its recalculation state is left alone: it was not recalculated.
    /// </summary>
    private void RepairAncestorsAbove(Guid rootId)
    {
        var seen = new HashSet<Guid> { rootId };
        for (var parent = ParentOf(rootId); parent is { } id && seen.Add(id); parent = ParentOf(id))
        {
            SetToSumOfChildren(id, markDone: false);
        }
    }

    private void SetToSumOfChildren(Guid parentId, bool markDone)
    {
        _ancestorDeltas.Remove(parentId);
        var total = MetricTotals.Zero;
        var after = Guid.Empty;
        while (true)
        {
            var page = Children(parentId, after, 5_000, new ColumnSet(F.ActualNumerator, F.ActualDenominator));
            total = page.Aggregate(total, (sum, child) => sum + Parts(child));
            if (page.Count < 5_000)
            {
                break;
            }

            after = page[page.Count - 1].Id;
        }

        if (_goals.Find(parentId) is { } parent)
        {
            _progress.Apply(parent, null, total, markDone
                ? new Dictionary<string, object?>
                {
                    [F.RecalcStatus] = new OptionSetValue(SgGoal.Options.RecalcDone),
                    [F.RecalcFinishedOn] = _now(),
                }
                : null);
        }
    }

    private void WriteState(Guid rootId, RecalculationCursor cursor, bool fresh)
    {
        var state = new Entity(SgGoal.LogicalName, rootId)
        {
            [F.RecalcStatus] = new OptionSetValue(cursor.IsDone ? SgGoal.Options.RecalcDone : SgGoal.Options.RecalcRunning),
            [F.RecalcContinuation] = cursor.IsDone ? null : cursor.Serialize(),
            [F.RecalcProgress] = (int)Math.Min(int.MaxValue, cursor.Processed),
            [F.RecalcLastError] = null,
            [F.RecalcFinishedOn] = cursor.IsDone ? _now() : null,
        };
        if (fresh)
        {
            state[F.RecalcStartedOn] = _now();
        }

        _service.Update(state);
    }

    /// <summary>The next child in id order, with one of its own children joined (outer) so one request also says whether it is a parent.</summary>
    private Entity? NextChild(RecalculationFrame frame)
    {
        var query = ChildQuery(frame.GoalId, frame.LastChildId, 1, new ColumnSet(true));
        var grandchild = query.AddLink(SgGoal.LogicalName, F.Id, F.ParentGoalId, JoinOperator.LeftOuter);
        grandchild.EntityAlias = GrandchildAlias;
        grandchild.Columns = new ColumnSet(F.Id);
        var child = _service.RetrieveMultiple(query).Entities.FirstOrDefault();
        if (child is null)
        {
            return null;
        }

        var row = new Entity(child.LogicalName, child.Id) { RowVersion = child.RowVersion };
        foreach (var column in child.Attributes.Where(a => !a.Key.StartsWith(GrandchildAlias + ".", StringComparison.Ordinal)))
        {
            row[column.Key] = column.Value;
        }

        Remember(row);
        return child;
    }

    private bool HasChildren(Guid goalId) => Children(goalId, Guid.Empty, 1, new ColumnSet(false)).Count > 0;

    private List<Entity> Children(Guid parentId, Guid after, int count, ColumnSet columns) =>
        [.. _service.RetrieveMultiple(ChildQuery(parentId, after, count, columns)).Entities];

    private static QueryExpression ChildQuery(Guid parentId, Guid after, int count, ColumnSet columns)
    {
        var query = new QueryExpression(SgGoal.LogicalName) { ColumnSet = columns, TopCount = count };
        query.AddOrder(F.Id, OrderType.Ascending);
        query.Criteria.AddCondition(F.ParentGoalId, ConditionOperator.Equal, parentId);
        if (after != Guid.Empty)
        {
            query.Criteria.AddCondition(F.Id, ConditionOperator.GreaterThan, after);
        }

        return query;
    }

    private Entity Remember(Entity row)
    {
        _goalRows[row.Id] = row;
        return row;
    }

    private Entity? GoalRow(Guid goalId) =>
        _goalRows.TryGetValue(goalId, out var row) ? row : _goals.Find(goalId) is { } found ? Remember(found) : null;

    // A goal this execution has read (the leaf, from its parent's child query) names its parent; any other goal's
    // whole chain comes with one query (its ancestors joined), not a read per goal.
    private Guid? ParentOf(Guid goalId)
    {
        if (_goalRows.TryGetValue(goalId, out var row))
        {
            return row.GetAttributeValue<EntityReference>(F.ParentGoalId)?.Id;
        }

        _ancestry.Read([goalId]);
        return _ancestry.ParentOf(goalId);
    }

    private static MetricTotals Parts(Entity goal) =>
        new(goal.GetAttributeValue<decimal?>(F.ActualNumerator) ?? 0m, goal.GetAttributeValue<decimal?>(F.ActualDenominator) ?? 0m);
}
