using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.Plugins.Goals;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Goals;

/// <summary>
/// Goal reads bring their metric's code joined (no read of the metric table), the metric table is read at most once
/// an execution, and the existence checks of a delete look at the goal's own rows only. Queries and rows are counted
/// by a test-side decorator (a plug-in's reads are bounded by Dataverse's time limit and page size).
/// </summary>
[TestClass]
public sealed class GoalRepositoryTests
{
    private static readonly DateTime InQ1 = new(2026, 2, 10);

    [TestMethod]
    public void Delete_GoalWithoutHistoryWhileAnotherGoalHasResultsAndChanges_IsDeleted()
    {
        // Arrange: the rep's Feb goal has a win and an applied adjustment; the other rep's March goal has neither.
        var world = GoalWorld.Create();
        var counted = world.Goal("Feb East").Month(2).Active().Create();
        world.Win(world.Opportunity(world.Rep), 80_000m, InQ1);
        var request = world.Adjustment("Feb down").Line(counted, newTarget: 450_000m).Submit(world.Rep);
        AdjustmentFlow.Approve(world, request, world.Director);
        var fresh = world.Goal("March West").Month(3).Assignee(world.OtherRep).Create();

        // Act
        world.AsManager.Delete(SgGoal.LogicalName, fresh);

        // Assert
        Assert.IsFalse(world.AsSystem.RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryExpression(SgGoal.LogicalName)).Entities.Any(e => e.Id == fresh));
    }

    [TestMethod]
    public void History_GoalWithSeveralResults_ReadsAtMostOneBareRowPerTable()
    {
        // Arrange: three wins counted for the goal.
        var world = GoalWorld.Create();
        var goal = world.Goal("Feb East").Month(2).Active().Create();
        for (var i = 0; i < 3; i++)
        {
            world.Win(world.Opportunity(world.Rep), 10_000m, InQ1);
        }

        var service = new ReadCountingService(world.AsSystem);

        // Act
        var facts = new GoalRepository(service).History(goal);

        // Assert
        Assert.IsTrue(facts.HasResults);
        Assert.IsFalse(facts.HasChanges);
        Assert.AreEqual((2, 1), (service.Queries, service.Rows), "one existence query per table, at most one row each");
        Assert.IsLessThanOrEqualTo(1, service.Columns, "no column but the id");
    }

    [TestMethod]
    [DataRow("find")]
    [DataRow("children")]
    [DataRow("scope")]
    public void Read_ThenMetricCodeOfTheRowsMetric_MakesNoReadOfTheMetricTable(string read)
    {
        // Arrange: a year goal with a deal-count child.
        var world = GoalWorld.Create();
        var parent = world.Goal("2026").Year().Metric(MetricCodes.WonDealCount).Tiers(null, 100m, null).SplitBy(100000001).Create();
        var child = world.Goal("Q1").Metric(MetricCodes.WonDealCount).Tiers(null, 25m, null).Parent(parent).Create();
        var scopeKey = world.Read(child).GetAttributeValue<string>(F.ScopeKey);
        var service = new ReadCountingService(world.AsSystem);
        var goals = new GoalRepository(service);

        // Act
        var row = read switch
        {
            "find" => goals.Find(child),
            "children" => goals.Children(parent).Single(),
            _ => goals.WithScopeKey(scopeKey).Single(),
        };
        var code = goals.MetricCode(row!.GetAttributeValue<EntityReference>(F.MetricId).Id);

        // Assert
        Assert.AreEqual(child, row.Id);
        Assert.AreEqual(MetricCodes.WonDealCount, code);
        Assert.AreEqual(1, service.Queries, "the code came joined");
        Assert.IsFalse(row.Attributes.Keys.Any(k => k.Contains('.', StringComparison.Ordinal)), "the joined column is taken off, so the row can be written back as read");
    }

    [TestMethod]
    public void Find_GoalThatDoesNotExist_IsNull()
    {
        var world = GoalWorld.Create();
        world.Goal("Q1 East").Create();

        var row = new GoalRepository(world.AsSystem).Find(Guid.NewGuid());

        Assert.IsNull(row);
    }

    [TestMethod]
    [DataRow(MetricCodes.WonRevenue)]
    [DataRow(MetricCodes.WonDealCount)]
    [DataRow("WON-DEAL-COUNT")]
    [DataRow(MetricCodes.NewCustomers)]
    public void MetricId_CodeOfAPreset_IsThatMetricsRow(string code)
    {
        var world = GoalWorld.Create();
        var goals = new GoalRepository(world.AsSystem);

        var id = goals.MetricId(code);

        Assert.AreEqual(world.Metric(code).Id, id);
    }

    [TestMethod]
    public void MetricId_CodeAfterAnotherWasJoined_IsTheAskedMetricsRow()
    {
        // Arrange: a read brought the won-revenue code; deal count is asked next.
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 East").Create();
        var goals = new GoalRepository(world.AsSystem);
        goals.Find(goal);

        // Act
        var revenue = goals.MetricId(MetricCodes.WonRevenue);
        var count = goals.MetricId(MetricCodes.WonDealCount);

        // Assert
        Assert.AreEqual((world.Metric(MetricCodes.WonRevenue).Id, world.Metric(MetricCodes.WonDealCount).Id), (revenue!.Value, count!.Value));
    }

    [TestMethod]
    public void MetricCode_SeveralUnknownIdsAndCodes_ReadTheMetricTableOnce()
    {
        var world = GoalWorld.Create();
        var service = new ReadCountingService(world.AsSystem);
        var goals = new GoalRepository(service);

        var first = goals.MetricCode(Guid.NewGuid());
        var second = goals.MetricCode(Guid.NewGuid());
        var unknownCode = goals.MetricId("no-such-metric");
        var known = goals.MetricCode(world.Metric(MetricCodes.WinRate).Id);

        Assert.AreEqual((null, null, null, MetricCodes.WinRate), (first, second, unknownCode, known));
        Assert.AreEqual(1, service.Queries);
    }

    [TestMethod]
    public void MetricId_MetricDeletedAfterAJoinedRead_IsNotServedOnceTheTableIsRead()
    {
        // Arrange: a goal's read joined the code of a metric that is deleted afterwards, with its goal.
        var world = GoalWorld.Create();
        var metric = world.Env.Seed.Row(new Entity(SgMetric.LogicalName) { [SgMetric.Fields.Name] = "Retired", [SgMetric.Fields.Code] = "retired" });
        var goal = world.Env.Seed.Row(world.Goal("Retired Q1").With(F.MetricId, new EntityReference(SgMetric.LogicalName, metric)).Build());
        var goals = new GoalRepository(world.AsSystem);
        goals.Find(goal);
        world.AsManager.Delete(SgGoal.LogicalName, goal);
        world.AsSystem.Delete(SgMetric.LogicalName, metric);

        // Act: an unknown id makes the repository read the metric table
        _ = goals.MetricCode(Guid.NewGuid());
        var retired = goals.MetricId("retired");

        // Assert
        Assert.IsNull(retired);
        Assert.IsNull(goals.MetricCode(metric));
    }
}
