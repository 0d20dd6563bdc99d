using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Ledger;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.GoalEngine.Tests.Builders;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.GoalEngine.Tests.Ledger;

/// <summary>
/// Ledger arithmetic at its edges: which leaves get a row, the exact change list of a diff
/// (insert, update, removal, nothing), roll-ups that net to zero, rows given twice, and a
/// record's rows that belong to another record.
/// </summary>
[TestClass]
public class LedgerMathBoundaryTests
{
    private static readonly Guid Rep = Guid.NewGuid();
    private static readonly Guid Record = Guid.NewGuid();
    private static readonly Guid GoalA = Guid.NewGuid();
    private static readonly Guid GoalB = Guid.NewGuid();

    private static LedgerKey Key(Guid goal, string metric = MetricCodes.WonRevenue) => new(goal, Record, metric);

    private static LedgerEntry Row(Guid goal, decimal amount, string metric = MetricCodes.WonRevenue) => new(Key(goal, metric), new MetricTotals(amount, 0m));

    private static GoalSnapshot Leaf(string? metric) =>
        GoalBuilder.AGoal().WithAssignee(Assignee.User(Rep)).WithPeriod(FiscalCalendar.Month(2026, 3)).WithMetric(metric).Build();

    [TestMethod]
    public void Plan_LeavesWithoutOrWithUnknownMetric_GetNoRow()
    {
        var counted = Leaf(MetricCodes.WonRevenue);
        var noMetric = Leaf(null);
        var unknown = Leaf("made-up");
        var fact = FactBuilder.AWonDeal().For(Record).OwnedBy(Rep).Worth(80_000m).Build();

        var rows = LedgerMath.Plan(fact, new[] { noMetric, counted, unknown }, code => MetricPresets.TryGet(code, out var m) ? m : null, _ => 1m);

        Assert.HasCount(1, rows);
        Assert.AreEqual(new LedgerEntry(new LedgerKey(counted.Id, Record, MetricCodes.WonRevenue), new MetricTotals(80_000m, 0m)), rows[0]);
    }

    [TestMethod]
    public void Plan_ReopenedRecord_NoRowAtAll()
    {
        var fact = FactBuilder.AWonDeal().For(Record).OwnedBy(Rep).InState(SourceStates.Open).Build();

        var rows = LedgerMath.Plan(fact, new[] { Leaf(MetricCodes.WonRevenue) }, _ => MetricPresets.WonRevenue, _ => 1m);

        Assert.IsEmpty(rows);
    }

    [TestMethod]
    public void PlanForGoal_OnlyFactsThatCount_GetARowAtTheGoalsRate()
    {
        var leaf = Leaf(MetricCodes.WonRevenue);
        var won = FactBuilder.AWonDeal().OwnedBy(Rep).Worth(1_000m).Build();
        var lost = FactBuilder.AWonDeal().OwnedBy(Rep).InState(SourceStates.Lost).Build();
        var otherRep = FactBuilder.AWonDeal().OwnedBy(Guid.NewGuid()).Build();

        var rows = LedgerMath.PlanForGoal(leaf, MetricPresets.WonRevenue, new[] { lost, won, otherRep }, 7m);

        Assert.HasCount(1, rows);
        Assert.AreEqual(new LedgerKey(leaf.Id, won.RecordId, MetricCodes.WonRevenue), rows[0].Key);
        Assert.AreEqual(7_000m, rows[0].Parts.Numerator);
    }

    [TestMethod]
    public void Diff_StoredAndDesired_OneChangePerDifferingRowOnly()
    {
        var stored = new[] { Row(GoalA, 100m), Row(GoalB, 200m), Row(GoalA, 1m, MetricCodes.WonDealCount) };
        var desired = new[] { Row(GoalA, 100m), Row(GoalB, 250m), Row(GoalB, 1m, MetricCodes.WonDealCount) };

        var changes = LedgerMath.Diff(stored, desired);

        CollectionAssert.AreEqual(
            new[]
            {
                new LedgerChange(Key(GoalB), new MetricTotals(200m, 0m), new MetricTotals(250m, 0m)),
                new LedgerChange(Key(GoalA, MetricCodes.WonDealCount), new MetricTotals(1m, 0m), null),
                new LedgerChange(Key(GoalB, MetricCodes.WonDealCount), null, new MetricTotals(1m, 0m)),
            },
            changes.ToArray());
    }

    [TestMethod]
    public void Diff_SameRowsAgain_NoChange()
    {
        var rows = new[] { Row(GoalA, 100m), Row(GoalB, 200m) };

        Assert.IsEmpty(LedgerMath.Diff(rows, rows.ToArray()));
    }

    [TestMethod]
    [DataRow(true)]
    [DataRow(false)]
    public void Diff_RowGivenTwice_ThrowsNamingTheRowAndTheSide(bool inStored)
    {
        var twice = new[] { Row(GoalA, 1m), Row(GoalA, 2m) };

        var error = Assert.ThrowsExactly<ArgumentException>(() =>
            LedgerMath.Diff(inStored ? twice : Array.Empty<LedgerEntry>(), inStored ? Array.Empty<LedgerEntry>() : twice));

        StringAssert.Contains(error.Message, $"Ledger row {Key(GoalA)} appears twice.");
        Assert.AreEqual(inStored ? "stored" : "desired", error.ParamName);
    }

    [TestMethod]
    [DataRow(null, 5.0, false, true)]
    [DataRow(5.0, null, true, false)]
    [DataRow(5.0, 6.0, false, false)]
    [DataRow(null, null, false, false)]
    public void LedgerChange_OldAndNew_InsertOrRemovalAndDelta(double? old, double? @new, bool removal, bool insert)
    {
        MetricTotals? Parts(double? v) => v.HasValue ? new MetricTotals((decimal)v.Value, 1m) : null;

        var change = new LedgerChange(Key(GoalA), Parts(old), Parts(@new));

        Assert.AreEqual(removal, change.IsRemoval);
        Assert.AreEqual(insert, change.IsInsert);
        Assert.AreEqual((Parts(@new) ?? MetricTotals.Zero) - (Parts(old) ?? MetricTotals.Zero), change.Delta);
        Assert.AreEqual(new MetricTotals((decimal)((@new ?? 0) - (old ?? 0)), (@new.HasValue ? 1m : 0m) - (old.HasValue ? 1m : 0m)), change.Delta);
    }

    [TestMethod]
    public void Rollup_ChangesNettingToZeroOnAParent_ParentLeftOut()
    {
        var parent = Guid.NewGuid();
        Guid? ParentOf(Guid goal) => goal == GoalA || goal == GoalB ? parent : null;
        var changes = new[]
        {
            new LedgerChange(Key(GoalA), new MetricTotals(300m, 0m), null),
            new LedgerChange(Key(GoalB), null, new MetricTotals(300m, 0m)),
        };

        var deltas = LedgerMath.Rollup(changes, ParentOf);

        CollectionAssert.AreEqual(
            new[] { new GoalDelta(GoalA, new MetricTotals(-300m, 0m)), new GoalDelta(GoalB, new MetricTotals(300m, 0m)) },
            deltas.ToArray());
    }

    [TestMethod]
    public void Rollup_TwoChangesOfOneLeaf_SummedOnceForLeafAndEveryAncestor()
    {
        var team = Guid.NewGuid();
        var company = Guid.NewGuid();
        Guid? ParentOf(Guid goal) => goal == GoalA ? team : goal == team ? company : null;
        var changes = new[]
        {
            new LedgerChange(Key(GoalA), null, new MetricTotals(80m, 1m)),
            new LedgerChange(Key(GoalA, MetricCodes.WonDealCount), new MetricTotals(10m, 0m), new MetricTotals(15m, 0m)),
        };

        var deltas = LedgerMath.Rollup(changes, ParentOf);

        var expected = new MetricTotals(85m, 1m);
        CollectionAssert.AreEqual(new[] { new GoalDelta(GoalA, expected), new GoalDelta(team, expected), new GoalDelta(company, expected) }, deltas.ToArray());
    }

    [TestMethod]
    public void Rollup_SelfParent_ThrowsNamingTheGoal()
    {
        var change = new LedgerChange(Key(GoalA), null, new MetricTotals(1m, 0m));

        var error = Assert.ThrowsExactly<InvalidOperationException>(() => LedgerMath.Rollup(new[] { change }, g => g));

        Assert.AreEqual($"Goal {GoalA} is its own ancestor; the goal hierarchy has a cycle.", error.Message);
    }

    [TestMethod]
    public void Recompute_Rows_SumsBothParts()
    {
        var rows = new[] { new LedgerEntry(Key(GoalA), new MetricTotals(3m, 1m)), new LedgerEntry(Key(GoalB), new MetricTotals(4m, 2m)) };

        Assert.AreEqual(new MetricTotals(7m, 3m), LedgerMath.Recompute(rows));
        Assert.AreEqual(MetricTotals.Zero, LedgerMath.Recompute(Array.Empty<LedgerEntry>()));
    }

    [TestMethod]
    public void ApplyRecord_RowOfAnotherRecord_RefusedAndLedgerUnchanged()
    {
        var ledger = new ContributionLedger();
        var stray = new LedgerEntry(new LedgerKey(GoalA, Guid.NewGuid(), MetricCodes.WonRevenue), new MetricTotals(5m, 0m));

        var error = Assert.ThrowsExactly<ArgumentException>(() => ledger.ApplyRecord(Record, new[] { Row(GoalA, 1m), stray }));

        StringAssert.Contains(error.Message, $"Every desired row must belong to record {Record}.");
        Assert.IsEmpty(ledger.Entries);
        Assert.AreEqual(MetricTotals.Zero, ledger.ActualOf(GoalA));
    }

    [TestMethod]
    public void EntriesOfGoalAndRecord_TwoGoalsTwoRecords_EachSeesOnlyItsOwnRows()
    {
        var ledger = new ContributionLedger();
        var otherRecord = Guid.NewGuid();
        ledger.Apply(Key(GoalA), new MetricTotals(1m, 0m));
        ledger.Apply(Key(GoalB), new MetricTotals(2m, 0m));
        ledger.Apply(new LedgerKey(GoalA, otherRecord, MetricCodes.WonRevenue), new MetricTotals(4m, 0m));

        Assert.AreEqual(new MetricTotals(5m, 0m), ledger.RecomputeOf(GoalA));
        Assert.AreEqual(new MetricTotals(5m, 0m), ledger.ActualOf(GoalA));
        Assert.AreEqual(new MetricTotals(2m, 0m), ledger.ActualOf(GoalB));
        CollectionAssert.AreEquivalent(new[] { GoalA, GoalB }, ledger.EntriesOfRecord(Record).Select(e => e.Key.GoalId).ToArray());
        Assert.AreEqual(1, ledger.EntriesOfRecord(otherRecord).Count());
    }

    [TestMethod]
    public void Reverse_StoredRow_RemovesItAndItsAmount()
    {
        var ledger = new ContributionLedger();
        ledger.Apply(Key(GoalA), new MetricTotals(80m, 1m));

        var change = ledger.Reverse(Key(GoalA));

        Assert.IsTrue(change.IsRemoval);
        Assert.AreEqual(new MetricTotals(-80m, -1m), change.Delta);
        Assert.IsEmpty(ledger.Entries);
        Assert.AreEqual(MetricTotals.Zero, ledger.ActualOf(GoalA));
    }
}
