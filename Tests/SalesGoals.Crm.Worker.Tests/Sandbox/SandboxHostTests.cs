using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Integration.Deals;
using SalesGoals.Crm.Worker.Tests.Support;

namespace SalesGoals.Crm.Worker.Tests.Sandbox;

[TestClass]
public sealed class SandboxHostTests
{
    [ClassInitialize]
    public static Task StartAsync(TestContext context) => SharedSandbox.EnsureStartedAsync();

    [TestMethod]
    public void RunCycle_FirstCycle_EverySeededDealBecomesOneExternalActualWithItsStateAmountAndOwner()
    {
        var seed = SharedSandbox.Host.Seed;
        var rows = SharedSandbox.RowsAfterFirstCycle;

        Assert.HasCount(seed.ExternalDeals.Count, rows);
        foreach (var deal in seed.ExternalDeals)
        {
            var row = rows.Single(r => r.System == deal.System && r.ExternalId == deal.ExternalId);
            var owner = seed.Reps.Single(r => r.Email == deal.OwnerEmail);
            Assert.AreEqual(deal.State, row.State, deal.Name);
            Assert.AreEqual(deal.Amount, row.Amount, deal.Name);
            Assert.AreEqual(deal.Currency, row.CurrencyCode, deal.Name);
            Assert.AreEqual(owner.UserId, row.OwnerUserId, deal.Name);
            Assert.AreEqual(deal.CloseDate, row.CloseDate, deal.Name);
        }
    }

    [TestMethod]
    [DataRow("Zoho")]
    [DataRow("Fenxiang")]
    public void RunCycle_FirstCycle_CountsWonLostAndOpenDealsPerSystem(string systemName)
    {
        var system = ExternalSystem.Parse(systemName);
        var seeded = SharedSandbox.Host.Seed.ExternalDeals.Where(d => d.System == system).ToList();

        var pull = SharedSandbox.FirstCycle.Systems.Single(s => s.System == system).Pull;

        Assert.AreEqual(seeded.Count, pull.DealsRead);
        Assert.AreEqual(seeded.Count(d => d.State == DealState.Won), pull.Won);
        Assert.AreEqual(seeded.Count(d => d.State == DealState.Lost), pull.Lost);
        Assert.AreEqual(seeded.Count, pull.Created + pull.Updated + pull.Written, "every deal written to Dataverse (in bulk)");
        Assert.AreEqual(0, pull.Refused);
        Assert.AreEqual(0, pull.UnresolvedOwners);
        Assert.IsEmpty(pull.Problems);
    }

    [TestMethod]
    public async Task RunCycle_SecondCycle_AddsNothingAndChangesNoValue()
    {
        var before = SharedSandbox.RowsAfterFirstCycle;

        var after = await SharedSandbox.Host.Dataverse.GetExternalActualsAsync(CancellationToken.None);

        Assert.HasCount(before.Count, after);
        foreach (var row in before)
        {
            var again = after.Single(r => r.System == row.System && r.ExternalId == row.ExternalId);
            Assert.AreEqual(row.Amount, again.Amount);
            Assert.AreEqual(row.State, again.State);
            Assert.AreEqual(row.OwnerUserId, again.OwnerUserId);
        }

        Assert.IsTrue(SharedSandbox.SecondCycle.Systems.All(s => s.Pull.Created + s.Pull.Written == 0), "the second cycle wrote no row");
    }

    [TestMethod]
    public void RunCycle_TwoCycles_EachSystemPulledAndPublishedOncePerCycleNothingDeadLettered()
    {
        var host = SharedSandbox.Host;

        foreach (var cycle in new[] { 1, 2 })
        {
            foreach (var system in host.Systems)
            {
                Assert.IsNotNull(host.Activity.Pull(system, cycle), $"{system} pulled in cycle {cycle}");
                Assert.IsNotNull(host.Activity.Publication(system, cycle), $"{system} published in cycle {cycle}");
            }
        }

        Assert.AreEqual(0L, SharedSandbox.SecondCycle.MessagesDeadLettered);
        Assert.IsEmpty(host.Activity.Failures);
    }

    [TestMethod]
    public void RunCycle_ComputedGoals_AppearInZohoSalesTargetsWithTheGoalsNumbers()
    {
        var seed = SharedSandbox.Host.Seed;
        var zohoUsers = seed.Reps.Where(r => r.ZohoUserId is not null).Select(r => r.UserId).ToHashSet();
        var expected = SharedSandbox.SecondCycle.Goals
            .Where(g => g.LastComputedOn is not null && g.AssigneeUserId is Guid a && zohoUsers.Contains(a)).ToList();
        Assert.IsNotEmpty(expected, "the plug-ins computed no rep goal, so nothing was published");

        var stored = SharedSandbox.Host.ZohoGoalRows();

        Assert.HasCount(expected.Count, stored);
        foreach (var goal in expected)
        {
            var record = stored.Single(r => r["Goal_Id"]!.GetValue<string>() == goal.Id.ToString("D"));
            Assert.AreEqual(goal.Target, JsonNumbers.Decimal(record["Target_Value"]), goal.Name);
            Assert.AreEqual(goal.Actual ?? 0m, JsonNumbers.Decimal(record["Actual_Value"]), goal.Name);
            Assert.AreEqual(seed.Reps.Single(r => r.UserId == goal.AssigneeUserId).ZohoUserId, record["Owner"]!["id"]!.GetValue<string>());
        }
    }

    [TestMethod]
    public void RunCycle_ComputedGoals_AppearInFenxiangGoalObjectWithTheGoalsNumbers()
    {
        var seed = SharedSandbox.Host.Seed;
        var fenxiangUsers = seed.Reps.Where(r => r.FenxiangEmployeeId is not null).Select(r => r.UserId).ToHashSet();
        var expected = SharedSandbox.SecondCycle.Goals
            .Where(g => g.LastComputedOn is not null && g.AssigneeUserId is Guid a && fenxiangUsers.Contains(a)).ToList();
        Assert.IsNotEmpty(expected, "the plug-ins computed no rep goal, so nothing was published");

        var stored = SharedSandbox.Host.FenxiangGoalRows();

        Assert.HasCount(expected.Count, stored);
        foreach (var goal in expected)
        {
            var record = stored.Single(r => r["goal_id__c"]!.GetValue<string>() == goal.Id.ToString("D"));
            Assert.AreEqual(goal.Target, JsonNumbers.Decimal(record["target__c"]), goal.Name);
            Assert.AreEqual(goal.Actual ?? 0m, JsonNumbers.Decimal(record["actual__c"]), goal.Name);
        }
    }

    /// <summary>goals.md §1: Dataverse wins and the deals pulled from Zoho and Fenxiang feed the same goal.
    /// Each external deal counts as its amount in the goal's currency (CNY, the base): amount ÷ the deal
    /// currency's rate, kept to 4 places as the platform's _base column, then to the goal's 2 places.</summary>
    [TestMethod]
    public void RunCycle_RepGoalActual_IsTheRepsDataverseWinsPlusTheirExternalWonDealsInTheGoalCurrency()
    {
        Assert.IsTrue(SharedSandbox.HasStep("Win", "opportunity"), "Solution/ registers no Win step on opportunity");
        Assert.IsTrue(SharedSandbox.HasStep("Create", "sg_externalactual"), "Solution/ registers no Create step on sg_externalactual");

        var seed = SharedSandbox.Host.Seed;
        var repsWithExternalWins = 0;
        foreach (var rep in seed.Reps)
        {
            var goal = SharedSandbox.SecondCycle.Goals.Single(g => g.Id == seed.RepGoalIds[rep.UserId]);
            var externalWins = seed.ExternalDeals
                .Where(d => d.OwnerEmail == rep.Email && d.State == DealState.Won && d.CloseDate >= seed.PeriodStart && d.CloseDate <= seed.PeriodEnd)
                .ToList();
            var external = externalWins.Sum(d => Math.Round(Math.Round(d.Amount / seed.ExchangeRates[d.Currency], 4), 2, MidpointRounding.AwayFromZero));
            var dataverse = seed.DataverseWins.Where(w => w.OwnerId == rep.UserId).Sum(w => w.Amount);
            repsWithExternalWins += externalWins.Count > 0 ? 1 : 0;

            Assert.AreEqual(dataverse + external, goal.Actual, goal.Name);
        }

        Assert.IsGreaterThan(0, repsWithExternalWins, "the seed gives some rep an external won deal in the period");
    }
}
