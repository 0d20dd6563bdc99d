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

/// <summary>Goals counting more records than a Dataverse page (5,000): the recalculation pages every read,
/// runs in slices within the request budget, resumes, and a second run changes nothing.</summary>
[TestClass]
public sealed class SlicedRecalculationTests
{
    private const int Deals = 6_000;
    private static readonly DateTime InQ1 = new(2026, 2, 10);

    [TestMethod]
    [TestCategory(TestCategories.Scale)]
    public void Recalculate_TwiceOnAGoalWithMoreRowsThanAPage_SecondRunChangesNothing()
    {
        var (world, goal) = GoalWithPriorWins();

        var first = world.Recalculate(goal);
        var rowsAfterFirst = LedgerRows(world, goal);
        var second = world.Recalculate(goal);

        Assert.AreEqual(Deals * 100m, first);
        Assert.AreEqual(first, second);
        Assert.HasCount(Deals, rowsAfterFirst);
        CollectionAssert.AreEquivalent(rowsAfterFirst.Keys.ToList(), LedgerRows(world, goal).Keys.ToList(), "no row was deleted and created again");
    }

    [TestMethod]
    public void Recalculate_LargeGoal_RunsInSeveralSlicesEachWithinTheRequestBudget()
    {
        var (world, goal) = GoalWithPriorWins();

        var slices = world.RecalculateSlices(goal);

        Assert.IsGreaterThan(1, slices.Count, "6,000 records and 6,000 rows take more than one slice");
        Assert.IsTrue(slices.All(s => s.Requests <= RequestBudget.Limit), string.Join(", ", slices.Select(s => s.Requests)));
        Assert.IsTrue(slices.Take(slices.Count - 1).All(s => s.Continuation.Length > 0));
        Assert.AreEqual(string.Empty, slices[^1].Continuation);
    }

    [TestMethod]
    public void Recalculate_StaleRowsWrongRowsAndDriftedActual_AllRepaired()
    {
        var (world, goal) = GoalWithPriorWins();
        var metric = world.Metric(GoalEngine.Metrics.MetricCodes.WonRevenue);
        for (var i = 0; i < 3; i++)
        {
            world.Env.Seed.Row(new Entity(SgGoalContribution.LogicalName)
            {
                [C.GoalId] = new EntityReference(SgGoal.LogicalName, goal),
                [C.SourceTable] = OpportunityTable.LogicalName,
                [C.SourceId] = Guid.NewGuid().ToString("D"), // a deal that no longer exists
                [C.MetricId] = metric,
                [C.Numerator] = 7m,
            });
        }

        var someRow = LedgerRows(world, goal).First().Key;
        world.AsSystem.Update(new Entity(SgGoalContribution.LogicalName, someRow) { [C.Numerator] = 1m });
        world.AsSystem.Update(new Entity(SgGoal.LogicalName, goal) { [F.Actual] = 5m, [F.ActualNumerator] = 5m });

        var actual = world.Recalculate(goal);

        Assert.AreEqual(Deals * 100m, actual);
        Assert.AreEqual(Deals * 100m, world.Actual(goal));
        var rows = LedgerRows(world, goal);
        Assert.HasCount(Deals, rows);
        Assert.IsTrue(rows.Values.All(n => n == 100m));
    }

    [TestMethod]
    public void Recalculate_InterruptedAfterOneSlice_StateShowsProgressAndACallWithoutContinuationResumes()
    {
        var (world, goal) = GoalWithPriorWins();
        var first = world.AsManager.Execute(Request(goal));
        var state = Goal(world, goal);

        Assert.IsFalse((bool)first.Results[RecalculateGoal.DoneOutput]);
        Assert.AreEqual(SgGoal.Options.RecalcRunning, state.GetAttributeValue<OptionSetValue>(F.RecalcStatus).Value);
        Assert.IsGreaterThan(0, state.GetAttributeValue<int>(F.RecalcProgress));
        Assert.AreEqual((string)first.Results[RecalculateGoal.ContinuationOutput], state.GetAttributeValue<string>(F.RecalcContinuation));
        Assert.IsNotNull(state.GetAttributeValue<DateTime?>(F.RecalcStartedOn));
        Assert.AreEqual(Deals * 100m, world.Actual(goal), "readers see the goal's figures, not a half-built total");

        var slices = 1;
        while (!(bool)world.AsManager.Execute(Request(goal)).Results[RecalculateGoal.DoneOutput])
        {
            Assert.IsLessThan(100, ++slices);
        }

        var done = Goal(world, goal);
        Assert.AreEqual(SgGoal.Options.RecalcDone, done.GetAttributeValue<OptionSetValue>(F.RecalcStatus).Value);
        Assert.IsNull(done.GetAttributeValue<string>(F.RecalcContinuation));
        Assert.IsNotNull(done.GetAttributeValue<DateTime?>(F.RecalcFinishedOn));
        Assert.AreEqual(Deals * 100m, world.Actual(goal));
        Assert.HasCount(Deals, LedgerRows(world, goal));
    }

    [TestMethod]
    public void Recalculate_DealWonBetweenSlices_CountsOnce()
    {
        var (world, goal) = GoalWithPriorWins();
        var first = world.AsManager.Execute(Request(goal));

        world.Win(world.Opportunity(world.Rep), 5_000m, InQ1);
        var continuation = (string)first.Results[RecalculateGoal.ContinuationOutput];
        while (continuation.Length > 0)
        {
            continuation = (string)world.AsManager.Execute(Request(goal, continuation)).Results[RecalculateGoal.ContinuationOutput];
        }

        Assert.AreEqual(Deals * 100m + 5_000m, world.Actual(goal));
        Assert.HasCount(Deals + 1, LedgerRows(world, goal));
    }

    [TestMethod]
    public void Recalculate_ContinuationOfAnotherGoal_RefusedInTheCallersLanguage()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1").Active().Create();
        var other = world.Goal("Q1 other").Assignee(world.OtherRep).Active().Create();
        PriorWins.Seed(world, other, 1, 100m, InQ1);
        var foreign = new RecalculationCursor(other).Serialize();

        var message = Faults.MessageOf(() => world.AsManager.Execute(Request(goal, foreign)));

        StringAssert.Contains(message, "The Continuation is not one sg_RecalculateGoal returned for this goal");
    }

    private static (GoalWorld World, Guid Goal) GoalWithPriorWins()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1").Active().Create();
        PriorWins.Seed(world, goal, Deals, 100m, InQ1);
        return (world, goal);
    }

    private static OrganizationRequest Request(Guid goal, string? continuation = null)
    {
        var request = new OrganizationRequest(RecalculateGoal.MessageName) { [RecalculateGoal.GoalIdParameter] = goal };
        if (continuation is not null)
        {
            request[RecalculateGoal.ContinuationParameter] = continuation;
        }

        return request;
    }

    private static Entity Goal(GoalWorld world, Guid goal) => world.AsSystem.Retrieve(SgGoal.LogicalName, goal, new ColumnSet(true));

    /// <summary>Every ledger row of the goal (paged: more than 5,000), by row id with its numerator.</summary>
    private static Dictionary<Guid, decimal> LedgerRows(GoalWorld world, Guid goal)
    {
        var rows = new Dictionary<Guid, decimal>();
        var query = new QueryExpression(SgGoalContribution.LogicalName) { ColumnSet = new ColumnSet(C.Numerator), PageInfo = new PagingInfo { Count = 5000, PageNumber = 1 } };
        query.Criteria.AddCondition(C.GoalId, ConditionOperator.Equal, goal);
        while (true)
        {
            var page = world.AsSystem.RetrieveMultiple(query);
            foreach (var row in page.Entities)
            {
                rows.Add(row.Id, row.GetAttributeValue<decimal>(C.Numerator));
            }

            if (!page.MoreRecords)
            {
                return rows;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
    }
}
