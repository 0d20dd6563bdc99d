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
    private readonly Dictionary<Guid, MetricTotals> _leafDeltas = new();
    private readonly List<GoalWrite> _leafWrites = [];

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
            FlushGoals();
            RepairAncestorsAbove(rootId);
        }

        cursor.Slices++;
        foreach (var leaf in cursor.Leaves)
        {
            if (GoalRow(leaf.GoalId) is { } unfinished)
            {
                leaf.Written = Parts(unfinished) + DeltaOf(leaf.GoalId);
            }
        }

        WriteState(rootId, cursor, fresh);
        WriteBatch(cursor, finished: false);
        FlushGoals();
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
            cursor.BeginBatch([rootId]);
        }

        return cursor;
    }

    private void Step(RecalculationCursor cursor)
    {
        if (cursor.Leaves.Count > 0)
        {
            BatchStep(cursor);
            return;
        }

        var frame = cursor.Parents[cursor.Parents.Count - 1];
        var children = NextChildren(frame);
        if (children.Count == 0)
        {
            cursor.Parents.RemoveAt(cursor.Parents.Count - 1);
            FinishParent(frame.GoalId);
            return;
        }

        var parents = WithChildren(children);
        if (parents.Contains(children[0].Id))
        {
            frame.LastChildId = children[0].Id;
            cursor.Parents.Add(new RecalculationFrame(children[0].Id, Guid.Empty));
            return;
        }

        // The leaves that follow in id order, up to the next parent, as long as they can share requests.
        var batch = new List<LeafPlan>();
        foreach (var child in children.TakeWhile(c => !parents.Contains(c.Id)))
        {
            var plan = _leaves.Plan(child);
            if (!LeafBatches.CanJoin(batch, plan))
            {
                break;
            }

            batch.Add(plan);
        }

        frame.LastChildId = batch[batch.Count - 1].Id;
        cursor.BeginBatch(batch.Select(l => l.Id));
        foreach (var plan in batch)
        {
            Remember(plan.Goal);
            _plans[plan.Id] = plan;
        }
    }

    private void BatchStep(RecalculationCursor cursor)
    {
        var batch = Plans(cursor);
        if (batch.Count == 0)
        {
            cursor.EndBatch(); // all deleted meanwhile: nothing to rebuild
            return;
        }

        if (cursor.Phase != LeafPhase.Finished)
        {
            foreach (var delta in _leaves.Step(cursor, batch))
            {
                AddToLeaf(delta.Key, delta.Value);
            }
        }

        if (cursor.Phase == LeafPhase.Finished)
        {
            WriteBatch(cursor, finished: true);
            cursor.EndBatch();
            FlushGoals();
        }
    }

    /// <summary>The batch's plans: read once per execution, the goal rows of leaves not yet read with one query. A leaf
    /// deleted meanwhile leaves the batch; one whose actual someone else changed since this job last wrote it gets no
    /// exact sum at the end (the running sum may miss their rows).</summary>
    private List<LeafPlan> Plans(RecalculationCursor cursor)
    {
        var unread = cursor.Leaves.Where(l => !_plans.ContainsKey(l.GoalId)).ToList();
        if (unread.Count > 0)
        {
            var rows = ReadGoals(unread.Where(l => !_goalRows.ContainsKey(l.GoalId)).Select(l => l.GoalId).ToList());
            foreach (var known in unread.Where(l => _goalRows.ContainsKey(l.GoalId)))
            {
                rows[known.GoalId] = _goalRows[known.GoalId];
            }

            foreach (var leaf in unread)
            {
                if (!rows.TryGetValue(leaf.GoalId, out var row))
                {
                    cursor.Leaves.Remove(leaf);
                    continue;
                }

                if (leaf.Written is { } written && Parts(row) != written)
                {
                    leaf.SumReliable = false;
                }

                _plans[leaf.GoalId] = _leaves.Plan(Remember(row));
            }
        }

        return cursor.Leaves.Select(l => _plans[l.GoalId]).ToList();
    }

    private Dictionary<Guid, Entity> ReadGoals(IReadOnlyList<Guid> ids)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var query = new QueryExpression(SgGoal.LogicalName) { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition(F.Id, ConditionOperator.In, ids.Select(id => (object)id).ToArray());
        GoalRepository.JoinMetricCode(query, F.MetricId);
        return _goals.Remember(_service.RetrieveMultiple(query).Entities).ToDictionary(r => r.Id);
    }

    private MetricTotals DeltaOf(Guid leafId) => _leafDeltas.TryGetValue(leafId, out var delta) ? delta : MetricTotals.Zero;

    private void AddToLeaf(Guid leafId, MetricTotals delta)
    {
        _leafDeltas[leafId] = DeltaOf(leafId) + delta;
        AddToAncestors(leafId, delta);
    }

    private void AddToAncestors(Guid goalId, MetricTotals delta)
    {
        if (delta.IsZero)
        {
            return; // nothing to add above: the chain need not even be read
        }

        for (var parent = ParentOf(goalId); parent is { } id; parent = ParentOf(id))
        {
            _ancestorDeltas[id] = (_ancestorDeltas.TryGetValue(id, out var sum) ? sum : MetricTotals.Zero) + delta;
        }
    }

    /// <summary>Queues the batch's leaves for <see cref="FlushGoals"/>: each its delta (or, once finished with a reliable
    /// sum, the exact sum of its rows, the difference going to its ancestors) and its state.</summary>
    private void WriteBatch(RecalculationCursor cursor, bool finished)
    {
        foreach (var state in cursor.Leaves)
        {
            // A plain null check, not `is not { } leaf`: Stryker's mutant of that pattern leaves `leaf` unassigned, and the
            // compile error made it drop every mutant of this method unmeasured ("safe mode").
            var leaf = GoalRow(state.GoalId);
            if (leaf == null)
            {
                continue;
            }

            var delta = DeltaOf(leaf.Id);
            var columns = new Dictionary<string, object?> { [F.RecalcStatus] = new OptionSetValue(finished ? SgGoal.Options.RecalcDone : SgGoal.Options.RecalcRunning) };
            if (finished)
            {
                columns[F.RecalcFinishedOn] = _now();
            }

            if (finished && state.SumReliable)
            {
                _leafWrites.Add(new GoalWrite(leaf.Id, null, state.LedgerSum, columns, evenIfClosed: true));
                AddToAncestors(leaf.Id, state.LedgerSum - Parts(leaf) - delta);
            }
            else if (finished || !delta.IsZero || leaf.GetAttributeValue<OptionSetValue>(F.RecalcStatus)?.Value != SgGoal.Options.RecalcRunning)
            {
                _leafWrites.Add(new GoalWrite(leaf.Id, delta, null, columns, evenIfClosed: true));
            }

            _leafDeltas.Remove(leaf.Id);
            _goalRows.Remove(leaf.Id);
            _plans.Remove(leaf.Id);
        }
    }

    /// <summary>The queued leaves and the ancestors' deltas in three requests whatever their number (<see cref="GoalProgressWriter.ApplyAll(IReadOnlyList{GoalWrite})"/>):
    /// leaves first, then ancestors deepest first, as the hot path locks them; an ancestor deleted meanwhile gets none.</summary>
    private void FlushGoals()
    {
        _ancestry.Read(_ancestorDeltas.Where(p => !p.Value.IsZero).Select(p => p.Key)); // at most one query: which exist, and their depth
        var ancestors = _ancestorDeltas.Where(p => !p.Value.IsZero && _ancestry.Exists(p.Key))
            .OrderByDescending<KeyValuePair<Guid, MetricTotals>, int>(p => _ancestry.Above(p.Key).Count) // explicit: Stryker's mutants could not infer them (CS0411)
            .Select(p => new GoalWrite(p.Key, p.Value));
        _progress.ApplyAll([.. _leafWrites, .. ancestors]);
        _leafWrites.Clear();
        _ancestorDeltas.Clear();
    }

    /// <summary>All children are done: the parent's actual is the sum of theirs.</summary>
    private void FinishParent(Guid parentId)
    {
        FlushGoals(); // its children's queued figures first: the sum reads them
        SetToSumOfChildren(parentId, markDone: true);
    }

    /// <summary>
    /// The recalculation is done: each goal above its root, bottom up, is set to the sum of its children, so an
    /// ancestor whose actual had drifted is repaired too (its other children count as they stand; their own
    /// recalculation repairs them). Its recalculation state is left alone: it was not recalculated. All of them
    /// together: one paged read of their children, one <see cref="GoalProgressWriter.ApplyAll(IReadOnlyList{GoalWrite})"/>.
    /// </summary>
    private void RepairAncestorsAbove(Guid rootId)
    {
        var chain = new List<Guid>();
        var seen = new HashSet<Guid> { rootId };
        for (var parent = ParentOf(rootId); parent is { } id && seen.Add(id); parent = ParentOf(id))
        {
            chain.Add(id);
        }

        if (chain.Count == 0)
        {
            return;
        }

        var sums = chain.ToDictionary(id => id, _ => MetricTotals.Zero);
        var stand = new Dictionary<Guid, MetricTotals>(); // the chain's goals as they stand, as children of the next one up
        var after = Guid.Empty;
        while (true)
        {
            var query = new QueryExpression(SgGoal.LogicalName) { ColumnSet = new ColumnSet(F.ParentGoalId, F.ActualNumerator, F.ActualDenominator), TopCount = 5_000 };
            query.AddOrder(F.Id, OrderType.Ascending);
            query.Criteria.AddCondition(F.ParentGoalId, ConditionOperator.In, chain.Select(id => (object)id).ToArray());
            if (after != Guid.Empty)
            {
                query.Criteria.AddCondition(F.Id, ConditionOperator.GreaterThan, after);
            }

            var page = _service.RetrieveMultiple(query).Entities;
            foreach (var child in page)
            {
                var parent = child.GetAttributeValue<EntityReference>(F.ParentGoalId).Id;
                sums[parent] += Parts(child);
                if (sums.ContainsKey(child.Id))
                {
                    stand[child.Id] = Parts(child);
                }
            }

            if (page.Count < 5_000)
            {
                break;
            }

            after = page[page.Count - 1].Id;
        }

        // Nearest first: each one's new total replaces what it stood at in its parent's sum.
        var writes = new List<GoalWrite>();
        for (var i = 0; i < chain.Count; i++)
        {
            var total = sums[chain[i]];
            if (i > 0)
            {
                total = total - (stand.TryGetValue(chain[i - 1], out var was) ? was : MetricTotals.Zero) + writes[i - 1].Total!.Value;
            }

            writes.Add(new GoalWrite(chain[i], null, total, evenIfClosed: true));
        }

        _ancestorDeltas.Clear();
        _progress.ApplyAll(writes);
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

    /// <summary>The next children in id order (a batch's worth), with their metric codes.</summary>
    private List<Entity> NextChildren(RecalculationFrame frame)
    {
        var query = ChildQuery(frame.GoalId, frame.LastChildId, LeafBatches.MaxLeaves, new ColumnSet(true));
        GoalRepository.JoinMetricCode(query, F.MetricId);
        return [.. _goals.Remember(_service.RetrieveMultiple(query).Entities)];
    }

    /// <summary>Which of the goals have children: one query, each such goal once (distinct over its id only).</summary>
    private HashSet<Guid> WithChildren(IReadOnlyList<Entity> goals)
    {
        var query = new QueryExpression(SgGoal.LogicalName) { ColumnSet = new ColumnSet(F.Id), Distinct = true };
        query.Criteria.AddCondition(F.Id, ConditionOperator.In, goals.Select(g => (object)g.Id).ToArray());
        query.AddLink(SgGoal.LogicalName, F.Id, F.ParentGoalId, JoinOperator.Inner).EntityAlias = GrandchildAlias;
        return [.. _service.RetrieveMultiple(query).Entities.Select(e => e.Id)];
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
