using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.Plugins.Attainment.Sources;
using SalesGoals.Crm.Plugins.Goals;
using SalesGoals.Crm.Plugins.Recalculation;
using SalesGoals.Crm.Plugins.Schema;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Recalculation;

/// <summary>
/// Which sibling leaves a recalculation rebuilds together. A wrong batch gives a rep someone else's deals, loses a team's
/// own deals or a deal of the period's last day, or writes a continuation too long for the goal's column; the
/// end-to-end tests see the figures, these see each condition on its own.
/// </summary>
[TestClass]
public sealed class LeafBatchesTests
{
    private static readonly Guid WonRevenue = Guid.NewGuid();
    private static readonly Guid WonDeals = Guid.NewGuid();
    private static readonly DateTime Q1Start = new(2026, 1, 1);
    private static readonly DateTime Q1End = new(2026, 3, 31);

    private static LeafPlan Leaf(Guid? owner = null, Guid? metricId = null, DateTime? start = null, DateTime? end = null, Guid? team = null, bool knownMetric = true)
    {
        var goal = new Entity(SgGoal.LogicalName, Guid.NewGuid()) { [F.MetricId] = new EntityReference(SgMetric.LogicalName, metricId ?? WonRevenue) };
        var scope = new SourceScope([owner ?? Guid.NewGuid()], team is { } t ? [t] : [], start ?? Q1Start, end ?? Q1End);
        var metric = knownMetric ? MetricPresets.Get(MetricCodes.WonRevenue) : null;
        return new LeafPlan(goal, metric, knownMetric ? GoalMapper.ToSnapshot(goal, MetricCodes.WonRevenue) : null, 1m, scope, []);
    }

    private static List<LeafPlan> BatchOf(int leaves) => [.. Enumerable.Range(0, leaves).Select(_ => Leaf())];

    [TestMethod]
    [DataRow(0, true, DisplayName = "an empty batch takes any leaf")]
    [DataRow(1, true)]
    [DataRow(LeafBatches.MaxLeaves - 1, true, DisplayName = "the 25th leaf joins")]
    [DataRow(LeafBatches.MaxLeaves, false, DisplayName = "the 26th starts a new batch")]
    public void CanJoin_BatchOfSize_UpToMaxLeaves(int size, bool expected)
    {
        // Arrange
        var batch = BatchOf(size);

        // Act
        var joins = LeafBatches.CanJoin(batch, Leaf());

        // Assert
        Assert.AreEqual(expected, joins);
    }

    [TestMethod]
    [DataRow("team goal joining")]
    [DataRow("team goal first")]
    [DataRow("unknown metric joining")]
    [DataRow("unknown metric first")]
    [DataRow("another metric")]
    [DataRow("period starting later")]
    [DataRow("period ending later")]
    [DataRow("owner of the first leaf")]
    [DataRow("owner of a later leaf")]
    public void CanJoin_LeafThatCannotShareRecords_StartsABatchOfItsOwn(string difference)
    {
        // Arrange: two batchable leaves of different reps; then one difference.
        var kim = Guid.NewGuid();
        var ray = Guid.NewGuid();
        List<LeafPlan> batch = difference switch
        {
            "team goal first" => [Leaf(kim, team: Guid.NewGuid()), Leaf(ray)],
            "unknown metric first" => [Leaf(kim, knownMetric: false), Leaf(ray)],
            _ => [Leaf(kim), Leaf(ray)],
        };
        var next = difference switch
        {
            "team goal joining" => Leaf(team: Guid.NewGuid()),
            "unknown metric joining" => Leaf(knownMetric: false),
            "another metric" => Leaf(metricId: WonDeals),
            "period starting later" => Leaf(start: Q1Start.AddDays(1)),
            "period ending later" => Leaf(end: Q1End.AddDays(1)),
            "owner of the first leaf" => Leaf(kim),
            "owner of a later leaf" => Leaf(ray),
            _ => Leaf(),
        };

        // Act
        var joins = LeafBatches.CanJoin(batch, next);

        // Assert
        Assert.IsFalse(joins);
        Assert.IsTrue(LeafBatches.CanJoin([Leaf(kim), Leaf(ray)], Leaf()), "a third rep's leaf of the same metric and period joins");
    }

    [TestMethod]
    public void Scope_BatchOfTwoQuarterLeaves_IsBothRepsOverTheQuarter()
    {
        // Arrange
        var kim = Guid.NewGuid();
        var ray = Guid.NewGuid();

        // Act
        var scope = LeafBatches.Scope([Leaf(kim), Leaf(ray)])!;

        // Assert
        CollectionAssert.AreEquivalent(new[] { kim, ray }, scope.Owners.ToArray());
        Assert.AreEqual(Q1Start, scope.Start);
        Assert.AreEqual(new DateTime(2026, 4, 1), scope.EndExclusive, "31 March is the last day read, as for each leaf alone");
    }

    [TestMethod]
    public void Of_BatchOfTwo_GivesEachLeafItsOwnersRecordsOnly()
    {
        // Arrange
        var kim = Guid.NewGuid();
        var ray = Guid.NewGuid();
        var kims = Leaf(kim);
        var batch = new List<LeafPlan> { kims, Leaf(ray) };
        var facts = new[] { new SourceFact { OwnerId = kim, RecordId = Guid.NewGuid() }, new SourceFact { OwnerId = ray, RecordId = Guid.NewGuid() } };

        // Act
        var counted = LeafBatches.Of(kims, batch, facts).ToList();

        // Assert
        Assert.AreEqual(kim, counted.Single().OwnerId);
        Assert.HasCount(2, LeafBatches.Of(kims, [kims], facts), "alone, a leaf's own scope read exactly its records");
    }
}
