using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Ledger;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.GoalEngine.Tests.Builders;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.GoalEngine.Tests.Ledger;

[TestClass]
public class ContributionLedgerTests
{
    private readonly Guid _rep = Guid.NewGuid();
    private readonly Guid _opportunity = Guid.NewGuid();
    private GoalSnapshot _company = null!;
    private GoalSnapshot _team = null!;
    private GoalSnapshot _leaf = null!;
    private ContributionLedger _ledger = null!;
    private Dictionary<Guid, MetricTotals> _actuals = null!;

    [TestInitialize]
    public void Arrange()
    {
        _company = GoalBuilder.AGoal().WithTarget(100_000_000m).Build();
        _team = GoalBuilder.AGoal().WithParent(_company).Build();
        _leaf = GoalBuilder.AGoal().WithParent(_team).WithAssignee(Assignee.User(_rep)).WithPeriod(FiscalCalendar.Month(2026, 3)).Build();
        _ledger = new ContributionLedger();
        _actuals = new Dictionary<Guid, MetricTotals>();
    }

    [TestMethod]
    public void E11_WonReopenedWonAgain_LeafAndAncestorsFollowAndReplaysChangeNothing()
    {
        var won80 = FactBuilder.AWonDeal().For(_opportunity).OwnedBy(_rep).Worth(80_000m).Build();
        var reopened = won80 with { State = SourceStates.Open };
        var won90 = won80 with { BaseAmount = 90_000m };

        Assert.AreEqual(80_000m, Handle(won80));
        Assert.AreEqual(80_000m, Handle(won80), "replaying the win changes nothing");
        Assert.AreEqual(0m, Handle(reopened));
        Assert.AreEqual(0m, Handle(reopened), "replaying the reopen changes nothing");
        Assert.AreEqual(90_000m, Handle(won90));
        Assert.AreEqual(90_000m, Handle(won90), "replaying the second win changes nothing");

        Assert.AreEqual(90_000m, _actuals[_team.Id].Numerator);
        Assert.AreEqual(90_000m, _actuals[_company.Id].Numerator);
        Assert.AreEqual(_ledger.RecomputeOf(_leaf.Id), _ledger.ActualOf(_leaf.Id));
    }

    [TestMethod]
    public void ApplyRecord_OwnerChanged_MovesContributionToNewOwnersGoal()
    {
        var otherRep = Guid.NewGuid();
        var otherLeaf = _leaf with { Id = Guid.NewGuid(), Assignee = Assignee.User(otherRep) };
        var leaves = new[] { _leaf, otherLeaf };
        var won = FactBuilder.AWonDeal().For(_opportunity).OwnedBy(_rep).Build();
        _ledger.ApplyRecord(_opportunity, Plan(won, leaves));

        var changes = _ledger.ApplyRecord(_opportunity, Plan(won with { OwnerId = otherRep }, leaves));

        Assert.AreEqual(2, changes.Count);
        Assert.AreEqual(0m, _ledger.ActualOf(_leaf.Id).Numerator);
        Assert.AreEqual(80_000m, _ledger.ActualOf(otherLeaf.Id).Numerator);
    }

    [TestMethod]
    public void PlanForGoal_StoredRowsDrifted_DiffRepairsToRecomputedActual()
    {
        var deals = new[]
        {
            FactBuilder.AWonDeal().OwnedBy(_rep).Worth(10_000m).Build(),
            FactBuilder.AWonDeal().OwnedBy(_rep).Worth(25_000m).Build(),
            FactBuilder.AWonDeal().OwnedBy(Guid.NewGuid()).Worth(99_000m).Build(),
        };
        var stale = new LedgerEntry(new LedgerKey(_leaf.Id, Guid.NewGuid(), MetricCodes.WonRevenue), new MetricTotals(5_000m, 0m));
        var wrong = new LedgerEntry(new LedgerKey(_leaf.Id, deals[0].RecordId, MetricCodes.WonRevenue), new MetricTotals(1_000m, 0m));
        _ledger.Apply(stale.Key, stale.Parts);
        _ledger.Apply(wrong.Key, wrong.Parts);

        var desired = LedgerMath.PlanForGoal(_leaf, MetricPresets.WonRevenue, deals);
        var changes = LedgerMath.Diff(_ledger.EntriesOfGoal(_leaf.Id).ToList(), desired);
        foreach (var change in changes)
        {
            if (change.New.HasValue)
            {
                _ledger.Apply(change.Key, change.New.Value);
            }
            else
            {
                _ledger.Reverse(change.Key);
            }
        }

        Assert.AreEqual(3, changes.Count);
        Assert.AreEqual(35_000m, _ledger.ActualOf(_leaf.Id).Numerator);
        Assert.AreEqual(_ledger.RecomputeOf(_leaf.Id), _ledger.ActualOf(_leaf.Id));
    }

    [TestMethod]
    public void Apply_SameKeyTwiceWithNewAmount_ReplacesNotAdds()
    {
        var key = new LedgerKey(_leaf.Id, _opportunity, MetricCodes.WonRevenue);

        _ledger.Apply(key, new MetricTotals(80_000m, 0m));
        var change = _ledger.Apply(key, new MetricTotals(90_000m, 0m));

        Assert.AreEqual(new MetricTotals(10_000m, 0m), change.Delta);
        Assert.AreEqual(90_000m, _ledger.ActualOf(_leaf.Id).Numerator);
    }

    [TestMethod]
    public void Reverse_MissingRow_ChangesNothing()
    {
        var change = _ledger.Reverse(new LedgerKey(_leaf.Id, _opportunity, MetricCodes.WonRevenue));

        Assert.IsTrue(change.Delta.IsZero);
        Assert.IsFalse(change.IsRemoval);
    }

    [TestMethod]
    public void LedgerKey_MetricCodeCase_IsIgnored()
    {
        Assert.AreEqual(new LedgerKey(_leaf.Id, _opportunity, "Won-Revenue"), new LedgerKey(_leaf.Id, _opportunity, "won-revenue"));
    }

    [TestMethod]
    public void Rollup_CycleInHierarchy_ThrowsClearError()
    {
        var change = new LedgerChange(new LedgerKey(_leaf.Id, _opportunity, "won-revenue"), null, new MetricTotals(1m, 0m));

        var error = Assert.ThrowsExactly<InvalidOperationException>(() => LedgerMath.Rollup(new[] { change }, _ => _leaf.Id));

        StringAssert.Contains(error.Message, "cycle");
    }

    private decimal Handle(SourceFact fact)
    {
        var changes = _ledger.ApplyRecord(fact.RecordId, Plan(fact, new[] { _leaf }));
        var parents = new Dictionary<Guid, Guid?> { [_leaf.Id] = _team.Id, [_team.Id] = _company.Id, [_company.Id] = null };
        foreach (var delta in LedgerMath.Rollup(changes, id => parents[id]))
        {
            _actuals[delta.GoalId] = (_actuals.TryGetValue(delta.GoalId, out var total) ? total : MetricTotals.Zero) + delta.Delta;
        }

        var leafActual = _actuals.TryGetValue(_leaf.Id, out var leaf) ? leaf.Numerator : 0m;
        Assert.AreEqual(_ledger.ActualOf(_leaf.Id).Numerator, leafActual);
        return leafActual;
    }

    private static IReadOnlyList<LedgerEntry> Plan(SourceFact fact, IEnumerable<GoalSnapshot> leaves) =>
        LedgerMath.Plan(fact, leaves, code => MetricPresets.TryGet(code, out var m) ? m : null, _ => 1m);
}
