using System;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;
using X = SalesGoals.Crm.Plugins.Schema.SgExternalActual;

namespace SalesGoals.Crm.Plugins.Tests.Recalculation;

/// <summary>goals.md §4: a goal activated after its records exist picks them up from every source its metric reads; sg_RecalculateGoal repairs drift.</summary>
[TestClass]
public sealed class AllSourcesRecalculationTests
{
    private static readonly DateTime InQ1 = new(2026, 2, 10);

    private static void Activate(GoalWorld world, Guid goal) =>
        world.AsManager.Update(new Entity(SgGoal.LogicalName, goal) { [F.GoalStatus] = new OptionSetValue(SgGoal.Options.StatusActive) });

    [TestMethod]
    public void Activate_RevenueGoal_CountsDataverseWinsAndExternalDealsButNotOthersOrOpenOnes()
    {
        var world = GoalWorld.Create();
        var usd = world.Env.Seed.Currency("USD", 0.14m);
        world.Win(world.Opportunity(world.Rep), 40_000m, InQ1);
        world.Sources.ExternalDeal(world.Rep, 7_000m, InQ1, currency: usd);
        world.Sources.ExternalDeal(world.Rep, 9_000m, InQ1, dealState: X.Options.DealOpen);
        world.Sources.ExternalDeal(null, 9_000m, InQ1);
        world.Sources.ExternalDeal(world.OtherRep, 9_000m, InQ1);
        world.Sources.ExternalDeal(world.Rep, 9_000m, new DateTime(2026, 4, 1));
        var goal = world.Goal("Q1").Create();

        Activate(world, goal);

        Assert.AreEqual(90_000m, world.Actual(goal));
        Assert.HasCount(2, world.Contributions(goal));
    }

    [TestMethod]
    public void Activate_VisitsGoal_CountsCompletedAppointmentsOnly()
    {
        var world = GoalWorld.Create();
        world.Sources.Complete(world.Sources.Appointment(world.Rep, InQ1));
        world.Sources.Complete(world.Sources.Appointment(world.Rep, new DateTime(2026, 3, 31, 18, 0, 0)));
        world.Sources.Appointment(world.Rep, InQ1);
        var goal = world.Goal("Q1 visits").Metric(MetricCodes.CompletedVisits).Tiers(null, 100m, null).Create();

        Activate(world, goal);

        Assert.AreEqual(2m, world.Actual(goal), "a visit ending late on the period's last day counts");
    }

    [TestMethod]
    public void CreateActive_LeadsGoal_CountsExistingLeadsOfTheOwner()
    {
        var world = GoalWorld.Create();
        world.Sources.Lead(world.Rep);
        world.Sources.Lead(world.Rep);
        world.Sources.Lead(world.OtherRep);

        var goal = world.Goal("Q1 leads").Metric(MetricCodes.LeadsCreated).Tiers(null, 200m, null).Active().Create();

        Assert.AreEqual(2m, world.Actual(goal));
    }

    [TestMethod]
    public void Activate_CollectedRevenueGoal_CountsPaidInvoicesOnly()
    {
        var world = GoalWorld.Create();
        var paid = world.Sources.Invoice(world.Rep, 30_000m);
        world.Sources.Pay(paid, InQ1);
        world.Sources.Invoice(world.Rep, 70_000m);
        var goal = world.Goal("Q1 collected").Metric(MetricCodes.CollectedRevenue).Create();

        Activate(world, goal);

        Assert.AreEqual(30_000m, world.Actual(goal));
    }

    [TestMethod]
    public void RecalculateGoal_DriftOnAnExternalDealsGoal_IsRepairedAndReplayedEventsAgree()
    {
        var world = GoalWorld.Create();
        var root = world.Goal("2026").Year().Tiers(null, 2_000_000m, null).SplitBy(100000001).Create();
        var leaf = world.Goal("Q1").Parent(root).Active().Create();
        var deal = world.Sources.ExternalDeal(world.Rep, 60_000m, InQ1);
        world.Win(world.Opportunity(world.Rep), 40_000m, InQ1);
        world.AsSystem.Update(new Entity(SgGoal.LogicalName, leaf) { [F.Actual] = 1m, [F.ActualNumerator] = 1m });
        world.AsSystem.Delete(SgGoalContribution.LogicalName, world.Contributions(leaf)[0].Id);

        var actual = world.Recalculate(root);
        Replay.Record(world, X.LogicalName, deal);

        Assert.AreEqual(100_000m, actual);
        Assert.AreEqual(100_000m, world.Actual(leaf));
        Assert.AreEqual(100_000m, world.Actual(root));
        Assert.HasCount(2, world.Contributions(leaf));
    }

    [TestMethod]
    public void RecalculateGoal_TeamGoal_CountsItsMembersRecordsFromEverySource()
    {
        var world = GoalWorld.Create();
        var team = world.Env.Seed.Team("East team");
        world.Env.Seed.TeamMembers(team, world.Rep, world.OtherRep);
        world.Win(world.Opportunity(world.Rep), 10_000m, InQ1);
        world.Sources.ExternalDeal(world.OtherRep, 5_000m, InQ1);
        var goal = world.Goal("Q1 East team").With(F.AssigneeUserId, null).With(F.AssigneeTeamId, new EntityReference("team", team)).Create();

        Activate(world, goal);
        world.Sources.ExternalDeal(world.OtherRep, 2_000m, InQ1);

        Assert.AreEqual(17_000m, world.Actual(goal));
        Assert.AreEqual(17_000m, world.Recalculate(goal));
    }
}
