using System;
using System.Linq;
using System.Threading.Tasks;
using SalesGoals.Crm.Sandbox;

namespace SalesGoals.Crm.Worker.Tests.Sandbox;

/// <summary>
/// #13 faults, end to end (real AMQP to the embedded broker, real HTTP to both emulators and the local Dataverse
/// Web API): a cycle run through 429 storms on Zoho, Fenxiang and Dataverse at once, with every token of both CRMs
/// expiring mid-run, ends with every deal written exactly once and goal totals equal to a full recalculation.
/// </summary>
[TestClass]
public sealed class FaultStormTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [Timeout(240_000, CooperativeCancellation = true)]
    public async Task RunCycle_429StormsOnAllThreeSystemsAndTokensExpiringMidRun_NothingLostNothingCountedTwice()
    {
        // Arrange
        await using var sandbox = await SandboxHost.StartAsync(new SandboxOptions { AsOf = new DateOnly(2026, 6, 30), CycleTimeout = TimeSpan.FromMinutes(2) }, TestContext.CancellationToken);
        sandbox.Zoho.Faults.TooManyRequests(3);
        sandbox.Zoho.Faults.ExpireTokensAfterCalls(2);
        sandbox.Fenxiang.Faults.ThrottleNextCalls(3);
        sandbox.Fenxiang.Faults.ExpireTokensAfterCalls(2);
        sandbox.WebApi.Faults.Throttle(3, TimeSpan.FromSeconds(1));

        // Act
        var cycle = await sandbox.RunCycleAsync(TestContext.CancellationToken);
        var rows = await sandbox.Dataverse.GetExternalActualsAsync(TestContext.CancellationToken);
        var goals = await sandbox.Dataverse.GetGoalsAsync(TestContext.CancellationToken);
        await sandbox.RunRecalculationAsync(sandbox.Seed.CompanyGoalId, TestContext.CancellationToken);
        var recalculated = await sandbox.Dataverse.GetGoalsAsync(TestContext.CancellationToken);

        // Assert: the storms were met, and survived
        TestContext.WriteLine($"throttles served: Dataverse {sandbox.WebApi.Faults.ThrottledResponses}, Zoho {sandbox.Zoho.Stats.ThrottledResponses}, Fenxiang {sandbox.Fenxiang.Stats.ThrottledResponses}; " +
            $"expired tokens refused: Zoho {sandbox.Zoho.Stats.UnauthorizedResponses}, Fenxiang {sandbox.Fenxiang.Stats.TokenRejectedResponses}");
        Assert.AreEqual(0, sandbox.WebApi.Faults.Pending, "every Dataverse 429 was answered");
        Assert.AreEqual(3, sandbox.WebApi.Faults.ThrottledResponses, "Dataverse served its three 429s");
        Assert.IsGreaterThanOrEqualTo(3, sandbox.Zoho.Stats.ThrottledResponses, "Zoho's 429s were answered");
        Assert.AreEqual(3, sandbox.Fenxiang.Stats.ThrottledResponses, "Fenxiang served its three throttles (14001 / 30004)");
        Assert.IsGreaterThanOrEqualTo(1, sandbox.Fenxiang.Stats.TokenRejectedResponses, "a Fenxiang token expired mid-run");
        Assert.IsGreaterThanOrEqualTo(1, sandbox.Zoho.Stats.UnauthorizedResponses, "a Zoho token expired mid-run");
        Assert.AreEqual(0, cycle.MessagesDeadLettered);
        var seeded = sandbox.Seed.ExternalDeals;
        Assert.HasCount(seeded.Count, rows, "every deal written once: none lost, none twice");
        foreach (var deal in seeded)
        {
            var row = rows.Single(r => r.System == deal.System && r.ExternalId == deal.ExternalId);
            Assert.AreEqual(deal.Amount, row.Amount, deal.Name);
            Assert.AreEqual(deal.State, row.State, deal.Name);
        }

        foreach (var goal in goals)
        {
            Assert.AreEqual(recalculated.Single(g => g.Id == goal.Id).Actual ?? 0m, goal.Actual ?? 0m, $"{goal.Name}: the cycle's total equals a full recalculation");
        }
    }
}
