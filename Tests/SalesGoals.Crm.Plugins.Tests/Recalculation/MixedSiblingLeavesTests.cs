using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;

namespace SalesGoals.Crm.Plugins.Tests.Recalculation;

/// <summary>Sibling leaves share a batch only when they count the same metric over the same period for different
/// reps: leaves of another metric, another period or the same rep are rebuilt apart, each with its own figure.</summary>
[TestClass]
public sealed class MixedSiblingLeavesTests
{
    [TestMethod]
    public void Recalculate_SiblingsOfOtherMetricsPeriodsAndTheSameRep_EachLeafCountsOnlyItsOwnRecords()
    {
        // Arrange: rep A won 100 (Feb) and 300 (Mar), rep B won 50 (Feb); no ledger rows yet.
        var world = GoalWorld.Create();
        var repA = world.Rep;
        var repB = world.OtherRep;
        var team = world.Env.Seed.Row(world.Goal("Q1 team").Assignee(world.Manager).Tiers(null, 1_000_000m, null).SplitBy(100000001).Active().Build());
        SeedWin(world, repA, 100m, new DateTime(2026, 2, 10));
        SeedWin(world, repA, 300m, new DateTime(2026, 3, 10));
        SeedWin(world, repB, 50m, new DateTime(2026, 2, 11));
        var expected = new Dictionary<Guid, decimal>();
        void Leaf(string name, Guid rep, string metric, bool february, decimal actual)
        {
            var builder = world.Goal(name).Assignee(rep).Metric(metric).Tiers(null, 1_000m, null).Parent(team).Active();
            if (february)
            {
                builder.Month(2);
            }

            expected[world.Env.Seed.Row(builder.Build())] = actual;
        }

        Leaf("A Q1 revenue", repA, MetricCodes.WonRevenue, february: false, 400m);
        Leaf("B Q1 revenue", repB, MetricCodes.WonRevenue, february: false, 50m);
        Leaf("A Feb revenue", repA, MetricCodes.WonRevenue, february: true, 100m);
        Leaf("B Feb revenue", repB, MetricCodes.WonRevenue, february: true, 50m);
        Leaf("A Q1 deals", repA, MetricCodes.WonDealCount, february: false, 2m);
        Leaf("B Q1 deals", repB, MetricCodes.WonDealCount, february: false, 1m);

        // Act
        world.Recalculate(team);

        // Assert
        var actual = expected.Keys.ToDictionary(g => world.Read(g).GetAttributeValue<string>(SgGoal.Fields.Name), world.Actual);
        var wanted = expected.ToDictionary(p => world.Read(p.Key).GetAttributeValue<string>(SgGoal.Fields.Name), p => p.Value);
        CollectionAssert.AreEquivalent(wanted.ToList(), actual.ToList(), string.Join(", ", actual.Select(p => $"{p.Key}={p.Value}")));
    }

    private static void SeedWin(GoalWorld world, Guid owner, decimal amount, DateTime closed) =>
        world.Env.Seed.Row(new Entity(OpportunityTable.LogicalName)
        {
            [OpportunityTable.Fields.Name] = "Prior deal",
            [OpportunityTable.Fields.OwnerId] = new EntityReference("systemuser", owner),
            [OpportunityTable.Fields.StateCode] = new OptionSetValue(OpportunityTable.States.Won),
            ["statuscode"] = new OptionSetValue(3),
            [OpportunityTable.Fields.ActualValue] = new Money(amount),
            [OpportunityTable.Fields.ActualCloseDate] = closed,
        });
}
