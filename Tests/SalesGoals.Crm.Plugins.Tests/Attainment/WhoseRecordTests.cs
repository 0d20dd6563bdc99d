using System;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;
using X = SalesGoals.Crm.Plugins.Schema.SgExternalActual;

namespace SalesGoals.Crm.Plugins.Tests.Attainment;

/// <summary>
/// Which goals a closed deal counts for on the hot path: a team goal collects its members' and its own deals; the
/// new-customer flag of a Dataverse deal or a synced one picks new- or repeat-customer goals, never both; a Dataverse
/// deal's creation day starts its sales cycle.
/// </summary>
[TestClass]
public sealed class WhoseRecordTests
{
    private static readonly DateTime InQ1 = new(2026, 2, 10);

    private static Guid TeamGoal(GoalWorld world, Guid team) =>
        world.Goal("East team Q1").With(F.AssigneeUserId, null).With(F.AssigneeTeamId, new EntityReference("team", team)).Active().Create();

    [TestMethod]
    public void Win_ByAMemberOfTheTeam_CountsForTheTeamGoalAndTheirOwn()
    {
        var world = GoalWorld.Create();
        var team = world.Env.Seed.Team("East team", null, world.Rep);
        var teamGoal = TeamGoal(world, team);
        var own = world.Goal("Q1 Ray").Active().Create();
        var outsider = world.Opportunity(world.OtherRep);
        world.Win(outsider, 5_000m, InQ1, world.OtherRep);

        world.Win(world.Opportunity(world.Rep), 40_000m, InQ1);

        Assert.AreEqual(40_000m, world.Actual(teamGoal), "a member's win counts for the team, a non-member's does not");
        Assert.AreEqual(40_000m, world.Actual(own));
    }

    [TestMethod]
    public void Win_DealOwnedByTheTeam_CountsForTheTeamGoalOnly()
    {
        var world = GoalWorld.Create();
        var team = world.Env.Seed.Team("East team", null, world.Rep);
        var teamGoal = TeamGoal(world, team);
        var own = world.Goal("Q1 Ray").Active().Create();
        var deal = world.Opportunity(world.Rep);
        world.AsSystem.Update(new Entity(OpportunityTable.LogicalName, deal) { [OpportunityTable.Fields.OwnerId] = new EntityReference("team", team) });

        world.Win(deal, 25_000m, InQ1, world.Manager);

        Assert.AreEqual(25_000m, world.Actual(teamGoal));
        Assert.AreEqual(0m, world.Actual(own), "a team's deal is not its member's");
    }

    [TestMethod]
    [DataRow(true, 30_000, 0, 1)]
    [DataRow(false, 0, 30_000, 0)]
    public void Win_NewOrRepeatCustomerDeal_CountsForTheMatchingGoalsOnly(bool newCustomer, int expectedNew, int expectedRepeat, int expectedNewCustomers)
    {
        var world = GoalWorld.Create();
        var newRevenue = world.Goal("Q1 new").Metric(MetricCodes.NewCustomerRevenue).Active().Create();
        var repeatRevenue = world.Goal("Q1 repeat").Metric(MetricCodes.RepeatCustomerRevenue).Active().Create();
        var newCustomers = world.Goal("Q1 new customers").Metric(MetricCodes.NewCustomers).Tiers(null, 10m, null).Active().Create();

        world.Win(world.Opportunity(world.Rep, newCustomer: newCustomer), 30_000m, InQ1);

        Assert.AreEqual(expectedNew, world.Actual(newRevenue));
        Assert.AreEqual(expectedRepeat, world.Actual(repeatRevenue));
        Assert.AreEqual(expectedNewCustomers, world.Actual(newCustomers));
    }

    [TestMethod]
    [DataRow(false, DisplayName = "flagged repeat customer")]
    [DataRow(null, DisplayName = "flag not synced: a repeat customer")]
    public void Create_WonRepeatCustomerExternalDeal_CountsForRepeatCustomerRevenueOnly(bool? newCustomer)
    {
        var world = GoalWorld.Create();
        var newRevenue = world.Goal("Q1 new").Metric(MetricCodes.NewCustomerRevenue).Active().Create();
        var repeatRevenue = world.Goal("Q1 repeat").Metric(MetricCodes.RepeatCustomerRevenue).Active().Create();

        var deal = world.Sources.ExternalDeal(world.Rep, 12_000m, InQ1, X.Options.DealWon, newCustomer: true);
        world.Sources.UpdateExternal(deal, X.Fields.IsNewCustomer, newCustomer);

        Assert.AreEqual(0m, world.Actual(newRevenue));
        Assert.AreEqual(12_000m, world.Actual(repeatRevenue));
    }

    [TestMethod]
    public void Win_DataverseDeal_FeedsTheSalesCycleFromItsCreationDay()
    {
        var world = GoalWorld.Create();
        var cycle = world.Goal("Q1 sales cycle").Metric(MetricCodes.SalesCycleLength).Tiers(null, 30m, null).Active().Create();
        var deal = world.Opportunity(world.Rep);

        world.Win(deal, 10_000m, new DateTime(2026, 3, 17));

        var row = world.Read(cycle);
        Assert.AreEqual(30m, row.GetAttributeValue<decimal>(F.ActualNumerator), "created 15 February (the world's clock), won 17 March");
        Assert.AreEqual(1m, row.GetAttributeValue<decimal>(F.ActualDenominator));
    }
}
