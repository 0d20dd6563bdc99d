using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.Plugins.Recalculation;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using C = SalesGoals.Crm.Plugins.Schema.SgGoalContribution.Fields;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Recalculation;

/// <summary>
/// Sibling rep leaves are rebuilt in batches that share their reads and writes: a team of many small leaves costs a
/// few requests a leaf, not a dozen; the totals before and after a repair run are equal and no row is rewritten; leaves
/// counting more records than a Dataverse page (5,000) stay within the per-execution budget; a deal that moved from one
/// rep of a batch to another moves its row with it.
/// </summary>
[TestClass]
public sealed class BatchedLeavesRecalculationTests
{
    private static readonly DateTime InQ1 = new(2026, 2, 10);

    [TestMethod]
    public void Recalculate_TeamOfSixtySmallLeavesAlreadyRight_TotalsAndRowsUnchangedAtUnderARequestALeaf()
    {
        var (world, team, leaves) = Team(60, dealsEach: 20, withRows: true);
        var before = leaves.Append(team).ToDictionary(g => g, world.Actual);
        var rowsBefore = LedgerRowIds(world);

        var slices = world.RecalculateSlices(team);

        CollectionAssert.AreEquivalent(before.ToList(), leaves.Append(team).ToDictionary(g => g, world.Actual).ToList(), "totals after equal totals before");
        CollectionAssert.AreEquivalent(rowsBefore, LedgerRowIds(world), "no row was deleted and created again");
        var requests = slices.Sum(s => s.Requests);
        Assert.IsLessThanOrEqualTo(leaves.Count, requests, $"{requests} requests for {leaves.Count} leaves");
    }

    [TestMethod]
    public void Recalculate_TeamOfSixtySmallLeavesWithEmptyLedger_EveryLeafRightAtUnderTwoRequestsALeaf()
    {
        var (world, team, leaves) = Team(60, dealsEach: 20, withRows: false);

        var slices = world.RecalculateSlices(team);

        Assert.IsTrue(leaves.All(l => world.Actual(l) == 20 * 100m), string.Join(", ", leaves.Select(world.Actual)));
        Assert.AreEqual(60 * 20 * 100m, world.Actual(team));
        Assert.HasCount(60 * 20, LedgerRowIds(world));
        var requests = slices.Sum(s => s.Requests);
        Assert.IsLessThanOrEqualTo(2 * leaves.Count, requests, $"{requests} requests for {leaves.Count} leaves");
    }

    [TestMethod]
    [TestCategory(TestCategories.Scale)]
    public void Recalculate_TwoSiblingLeavesEachOverAPage_EverySliceWithinTheBudgetAndSecondRunChangesNothing()
    {
        const int Deals = 5_500;
        var (world, team, leaves) = Team(2, dealsEach: Deals, withRows: false);

        var first = world.RecalculateSlices(team);
        var rowsAfterFirst = LedgerRowIds(world);
        var second = world.RecalculateSlices(team);

        Assert.IsGreaterThan(1, first.Count, "11,000 records and their rows take more than one slice");
        Assert.IsTrue(first.Concat(second).All(s => s.Requests <= RequestBudget.Limit), string.Join(", ", first.Concat(second).Select(s => s.Requests)));
        Assert.IsTrue(leaves.All(l => world.Actual(l) == Deals * 100m));
        Assert.AreEqual(2 * Deals * 100m, first[^1].Actual);
        Assert.AreEqual(first[^1].Actual, second[^1].Actual);
        Assert.HasCount(2 * Deals, rowsAfterFirst);
        CollectionAssert.AreEquivalent(rowsAfterFirst, LedgerRowIds(world), "the second run rewrote no row");
    }

    [TestMethod]
    public void Recalculate_DealOfOneRepCountedOnAnotherRepsLeaf_RowMovesAndTheTeamTotalStays()
    {
        var (world, team, leaves) = Team(3, dealsEach: 4, withRows: true);
        var newOwner = world.Read(leaves[2]).GetAttributeValue<EntityReference>(F.AssigneeUserId).Id;
        var deal = SeedDeal(world, newOwner, rowOn: leaves[0]); // as if the deal changed hands with no plug-in running
        foreach (var goal in new[] { leaves[0], team })
        {
            var actual = world.Actual(goal) + 100m;
            world.AsSystem.Update(new Entity(SgGoal.LogicalName, goal) { [F.ActualNumerator] = actual, [F.Actual] = actual });
        }

        world.Recalculate(team);

        Assert.AreEqual(4 * 100m, world.Actual(leaves[0]));
        Assert.AreEqual(4 * 100m, world.Actual(leaves[1]));
        Assert.AreEqual(5 * 100m, world.Actual(leaves[2]));
        Assert.AreEqual(13 * 100m, world.Actual(team));
        Assert.IsFalse(world.AsSystem.RetrieveMultiple(RowsOf(leaves[0])).Entities.Any(r => r.GetAttributeValue<string>(C.SourceId) == deal.ToString("D")));
        Assert.IsTrue(world.AsSystem.RetrieveMultiple(RowsOf(leaves[2])).Entities.Any(r => r.GetAttributeValue<string>(C.SourceId) == deal.ToString("D")));
    }

    /// <summary>A team goal over <paramref name="reps"/> rep leaves, each rep with <paramref name="dealsEach"/> won deals of 100
    /// (with their ledger rows and actuals as the hot path leaves them, or none).</summary>
    private static (GoalWorld World, Guid Team, List<Guid> Leaves) Team(int reps, int dealsEach, bool withRows)
    {
        var world = GoalWorld.Create();
        // Targets the reps are on track for (about half the quarter gone): no alert is raised, so the counts are the rebuild's own.
        var team = world.Env.Seed.Row(world.Goal("Q1 team").Assignee(world.Manager).Tiers(null, reps * dealsEach * 150m, null).SplitBy(100000001).Active().Build());
        var leaves = new List<Guid>();
        for (var r = 0; r < reps; r++)
        {
            var rep = world.Env.Seed.User($"Rep {r}", languageId: 1033, managerId: world.Manager);
            var leaf = world.Env.Seed.Row(world.Goal($"Q1 rep {r}").Assignee(rep).Tiers(null, dealsEach * 150m, null).Parent(team).Active().Build());
            leaves.Add(leaf);
            for (var d = 0; d < dealsEach; d++)
            {
                SeedDeal(world, rep, withRows ? leaf : null);
            }
        }

        if (withRows)
        {
            foreach (var (goal, amount) in leaves.Select(l => (l, dealsEach * 100m)).Append((team, reps * dealsEach * 100m)))
            {
                world.AsSystem.Update(new Entity(SgGoal.LogicalName, goal) { [F.ActualNumerator] = amount, [F.Actual] = amount });
            }
        }

        return (world, team, leaves);
    }

    /// <summary>A won deal of 100 owned by <paramref name="owner"/>, with a ledger row on <paramref name="rowOn"/> (null: none).</summary>
    private static Guid SeedDeal(GoalWorld world, Guid owner, Guid? rowOn)
    {
        var deal = world.Env.Seed.Row(new Entity(OpportunityTable.LogicalName)
        {
            [OpportunityTable.Fields.Name] = "Prior deal",
            [OpportunityTable.Fields.OwnerId] = new EntityReference("systemuser", owner),
            [OpportunityTable.Fields.StateCode] = new OptionSetValue(OpportunityTable.States.Won),
            ["statuscode"] = new OptionSetValue(3),
            [OpportunityTable.Fields.ActualValue] = new Money(100m),
            [OpportunityTable.Fields.ActualCloseDate] = InQ1,
        });
        if (rowOn is { } goal)
        {
            world.Env.Seed.Row(new Entity(SgGoalContribution.LogicalName)
            {
                [C.GoalId] = new EntityReference(SgGoal.LogicalName, goal),
                [C.SourceTable] = OpportunityTable.LogicalName,
                [C.SourceId] = deal.ToString("D"),
                [C.MetricId] = world.Metric(GoalEngine.Metrics.MetricCodes.WonRevenue),
                [C.Numerator] = 100m,
                [C.Denominator] = 0m,
                [C.Amount] = 100m,
            });
        }

        return deal;
    }

    private static QueryExpression RowsOf(Guid goal)
    {
        var query = new QueryExpression(SgGoalContribution.LogicalName) { ColumnSet = new ColumnSet(C.SourceId) };
        query.Criteria.AddCondition(C.GoalId, ConditionOperator.Equal, goal);
        return query;
    }

    /// <summary>Every ledger row's id (paged: there may be more than 5,000).</summary>
    private static List<Guid> LedgerRowIds(GoalWorld world)
    {
        var ids = new List<Guid>();
        var query = new QueryExpression(SgGoalContribution.LogicalName) { ColumnSet = new ColumnSet(false), PageInfo = new PagingInfo { Count = 5000, PageNumber = 1 } };
        while (true)
        {
            var page = world.AsSystem.RetrieveMultiple(query);
            ids.AddRange(page.Entities.Select(r => r.Id));
            if (!page.MoreRecords)
            {
                return ids;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
    }
}
