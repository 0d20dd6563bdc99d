using System;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;

namespace SalesGoals.Crm.Plugins.Tests.Attainment;

/// <summary>
/// The hot path's one query for the goals a record may count for: the owner's active leaf goals whose period holds the
/// record's day, on a metric that reads its table. The engine checks every row again, so a wider query gives the same
/// figures; what it costs is rows read inside the step's 2 minutes and Dataverse's 5,000-row pages, so these tests count
/// the rows the step's own composition reads, replayed over a counting service.
/// </summary>
[TestClass]
public sealed class CandidateLeavesTests
{
    private const int QuarterOption = 100000001;
    private static readonly DateTime InQ1 = new(2026, 2, 10);

    private static ReadCountingService SyncCounting(GoalWorld world, Guid opportunityId)
    {
        var reads = new ReadCountingService(world.AsSystem);
        Replay.Service(world, reads).Sync(OpportunityTable.LogicalName, opportunityId);
        return reads;
    }

    [TestMethod]
    public void Sync_WonDealBesideGoalsItCannotCountFor_ReadsOnlyTheGoalItCountsFor()
    {
        // Arrange: the rep's Q1 revenue goal, and beside it one goal the deal cannot count for per condition of the query.
        var world = GoalWorld.Create();
        var counted = world.Goal("Q1 Ray").Active().Create();
        world.Goal("February Ray (draft)").Month(2).Create();
        world.Goal("Q2 Ray").Period(QuarterOption, new DateTime(2026, 4, 1), new DateTime(2026, 6, 30)).Active().Create();
        world.Goal("Q4 2025 Ray").Period(QuarterOption, new DateTime(2025, 10, 1), new DateTime(2025, 12, 31)).Active().Create();
        world.Goal("Q1 Ray leads").Metric(MetricCodes.LeadsCreated).Tiers(null, 50m, null).Active().Create();
        world.Goal("Q1 Kim").Assignee(world.OtherRep).Active().Create();
        var deal = world.Opportunity(world.Rep);
        world.Win(deal, 7_000m, InQ1);

        // Act: the same record synced again (a redelivered event), its ledger rows already right.
        var reads = SyncCounting(world, deal);

        // Assert
        Assert.AreEqual(7_000m, world.Actual(counted));
        Assert.AreEqual(1, reads.RowsOf(SgGoal.LogicalName), "the draft, Q2, Q4 2025, leads and Kim's goals are not read");
    }

    [TestMethod]
    public void Sync_OpenDealThatNeverCounted_QueriesNoGoal()
    {
        // Arrange
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 Ray").Active().Create();
        var deal = world.Opportunity(world.Rep);

        // Act
        var reads = SyncCounting(world, deal);

        // Assert
        Assert.AreEqual(0m, world.Actual(goal));
        Assert.AreEqual(0, reads.QueriesOf(SgGoal.LogicalName), "an open deal counts for nobody, so no goal is looked for");
    }

    [TestMethod]
    public void Win_GoalStoredAsNotSplit_CountsLikeAGoalWithoutASplit()
    {
        // Arrange: a leaf whose split axis was saved as "none" rather than left empty (the form writes the option).
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 Ray").SplitBy(SgGoal.Options.First).Active().Create();

        // Act
        world.Win(world.Opportunity(world.Rep), 12_500m, InQ1);

        // Assert
        Assert.AreEqual(12_500m, world.Actual(goal));
    }
}
