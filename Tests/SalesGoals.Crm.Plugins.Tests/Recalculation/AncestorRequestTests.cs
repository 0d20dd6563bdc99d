using System;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.Plugins.Recalculation;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;

namespace SalesGoals.Crm.Plugins.Tests.Recalculation;

/// <summary>
/// A slice adds its net change to the leaf's ancestors with a fixed number of requests: the chain is read with one
/// joined query and the ancestors are locked, re-read and written together, so a slice of a leaf under three
/// ancestors costs what it costs under one (it used to read and write each ancestor on its own).
/// </summary>
[TestClass]
public sealed class AncestorRequestTests
{
    private const int Deals = 6_000;

    /// <summary>The second slice of a first build (the leaf is mid-way, so its ancestors get the slice's delta).</summary>
    private static (long Requests, decimal TopActual) SecondSlice(int ancestors)
    {
        var world = GoalWorld.Create();
        var goals = GoalChains.Seed(world, ancestors, MetricCodes.WonRevenue);
        for (var i = 0; i < Deals; i++)
        {
            world.Env.Seed.Row(new Entity(OpportunityTable.LogicalName)
            {
                [OpportunityTable.Fields.OwnerId] = new EntityReference("systemuser", world.Rep),
                [OpportunityTable.Fields.StateCode] = new OptionSetValue(OpportunityTable.States.Won),
                ["statuscode"] = new OptionSetValue(3),
                [OpportunityTable.Fields.ActualValue] = new Money(100m),
                [OpportunityTable.Fields.ActualCloseDate] = new DateTime(2026, 1, 1).AddDays(i % 90),
            });
        }

        var top = goals[1];
        var first = world.AsManager.Execute(Request(top, null));
        Assert.IsFalse((bool)first.Results[RecalculateGoal.DoneOutput], "6,000 records take more than one slice");
        var before = world.Env.PluginRequestCount;

        var second = world.AsManager.Execute(Request(top, (string)first.Results[RecalculateGoal.ContinuationOutput]));

        var requests = world.Env.PluginRequestCount - before;
        Assert.AreEqual(world.Actual(goals[0]), world.Actual(top), "every ancestor got the slices' deltas");
        Assert.IsGreaterThan(0m, world.Actual(top));
        return (requests, (decimal)second.Results[RecalculateGoal.ActualParameter]);
    }

    private static OrganizationRequest Request(Guid goal, string? continuation)
    {
        var request = new OrganizationRequest(RecalculateGoal.MessageName) { [RecalculateGoal.GoalIdParameter] = goal };
        if (continuation is not null)
        {
            request[RecalculateGoal.ContinuationParameter] = continuation;
        }

        return request;
    }

    [TestMethod]
    [TestCategory(TestCategories.Scale)]
    public void Recalculate_SliceOfALeafUnderThreeAncestors_MakesAsManyRequestsAsUnderOne()
    {
        var one = SecondSlice(1);
        var three = SecondSlice(3);

        Assert.AreEqual(one.TopActual, three.TopActual);
        Assert.AreEqual(one.Requests, three.Requests, $"a slice made {one.Requests} requests under one ancestor, {three.Requests} under three");
    }
}
