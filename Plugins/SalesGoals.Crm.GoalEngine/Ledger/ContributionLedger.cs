using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Metrics;

namespace SalesGoals.Crm.GoalEngine.Ledger;

/// <summary>
/// An in-memory contribution ledger with incrementally maintained goal totals (for the worker,
/// reports and tests; the plug-ins keep the rows in Dataverse and use <see cref="LedgerMath"/>).
/// Not thread-safe.
/// </summary>
public sealed class ContributionLedger
{
    private readonly Dictionary<LedgerKey, MetricTotals> _rows = new();
    private readonly Dictionary<Guid, MetricTotals> _totals = new();

    public IEnumerable<LedgerEntry> Entries => _rows.Select(r => new LedgerEntry(r.Key, r.Value));

    public IEnumerable<LedgerEntry> EntriesOfGoal(Guid goalId) => Entries.Where(e => e.Key.GoalId == goalId);

    public IEnumerable<LedgerEntry> EntriesOfRecord(Guid sourceRecordId) => Entries.Where(e => e.Key.SourceRecordId == sourceRecordId);

    /// <summary>The incrementally maintained actual parts of a leaf goal.</summary>
    public MetricTotals ActualOf(Guid goalId) => _totals.TryGetValue(goalId, out var total) ? total : MetricTotals.Zero;

    /// <summary>The same figure, recomputed from the rows.</summary>
    public MetricTotals RecomputeOf(Guid goalId) => LedgerMath.Recompute(EntriesOfGoal(goalId));

    /// <summary>Sets a row (replacing what was there: reverse old, apply new). Same value again: no change.</summary>
    public LedgerChange Apply(LedgerKey key, MetricTotals parts)
    {
        MetricTotals? old = _rows.TryGetValue(key, out var existing) ? existing : null;
        var change = new LedgerChange(key, old, parts);
        Commit(change);
        return change;
    }

    /// <summary>Removes a row; removing a missing row changes nothing.</summary>
    public LedgerChange Reverse(LedgerKey key)
    {
        MetricTotals? old = _rows.TryGetValue(key, out var existing) ? existing : null;
        var change = new LedgerChange(key, old, null);
        Commit(change);
        return change;
    }

    /// <summary>Brings one record's rows to the desired rows (won, lost, reopened, edited, deleted).</summary>
    public IReadOnlyList<LedgerChange> ApplyRecord(Guid sourceRecordId, IEnumerable<LedgerEntry> desired)
    {
        var wanted = desired.ToList();
        if (wanted.Any(e => e.Key.SourceRecordId != sourceRecordId))
        {
            throw new ArgumentException($"Every desired row must belong to record {sourceRecordId}.", nameof(desired));
        }

        var changes = LedgerMath.Diff(EntriesOfRecord(sourceRecordId).ToList(), wanted);
        foreach (var change in changes)
        {
            Commit(change);
        }

        return changes;
    }

    private void Commit(LedgerChange change)
    {
        if (change.New.HasValue)
        {
            _rows[change.Key] = change.New.Value;
        }
        else
        {
            _rows.Remove(change.Key);
        }

        var goal = change.Key.GoalId;
        _totals[goal] = ActualOf(goal) + change.Delta;
    }
}
