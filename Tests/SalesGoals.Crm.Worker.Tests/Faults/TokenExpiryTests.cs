using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Sandbox;
using SalesGoals.Crm.Testing.Time;
using SalesGoals.Crm.Worker.Tests.Support;

namespace SalesGoals.Crm.Worker.Tests.Faults;

/// <summary>
/// #13 faults: access tokens expiring on their own in the middle of a run. The servers' clock (Zoho and Fenxiang
/// emulators, the local Dataverse Web API) moves past the tokens' one-hour lifetime while the worker is pulling; the
/// worker's clients still hold them as valid, meet 401 / INVALID_TOKEN / 20016, get new ones and carry on.
/// Nothing is switched off by hand: the tokens simply outlive their expiry.
/// </summary>
[TestClass]
public sealed class TokenExpiryTests
{
    private static readonly TimeSpan PastEveryLifetime = TimeSpan.FromMinutes(61);

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [Timeout(300_000, CooperativeCancellation = true)]
    public async Task RunCycles_AllThreeTokensExpireMidRun_RefreshedTransparentlyNothingLostNothingTwice()
    {
        // Arrange: the servers' clock jumps past every token's lifetime on the first Fenxiang data call of each cycle.
        var clock = new JumpingClock();
        await using var sandbox = await SandboxHost.StartAsync(new SandboxOptions { AsOf = new DateOnly(2026, 6, 30), ServerClock = clock, CycleTimeout = TimeSpan.FromMinutes(3) }, TestContext.CancellationToken);
        var jumps = 0;
        var jumpedInCycle = 0;
        var cycleNumber = 0;
        sandbox.Fenxiang.Faults.AfterEachCall = path =>
        {
            if (path.Contains("/data/", StringComparison.Ordinal) && Interlocked.Exchange(ref jumpedInCycle, Volatile.Read(ref cycleNumber)) != Volatile.Read(ref cycleNumber))
            {
                clock.Jump(PastEveryLifetime);
                Interlocked.Increment(ref jumps);
            }
        };
        var dataverseTokensBefore = sandbox.WebApi.Tokens.Issued;
        int zohoRejected = 0, fenxiangRejected = 0;

        // Act: two cycles, so each system's client also starts a cycle holding a token that died while it was idle.
        for (var cycle = 1; cycle <= 2; cycle++)
        {
            Volatile.Write(ref cycleNumber, cycle);
            var report = await sandbox.RunCycleAsync(TestContext.CancellationToken);
            Assert.AreEqual(0, report.MessagesDeadLettered);
            zohoRejected += sandbox.Zoho.Stats.UnauthorizedResponses;
            fenxiangRejected += sandbox.Fenxiang.Stats.TokenRejectedResponses;
        }

        var dataverseRejected = sandbox.WebApi.Requests.Count(r => r.Status == 401);
        var dataverseTokens = sandbox.WebApi.Tokens.Issued - dataverseTokensBefore;
        var outcome = await FaultChecks.CheckAsync(sandbox, sandbox.Seed.ExternalDeals, TestContext.CancellationToken);

        // Assert: every system rejected an expired token at least once, and the run did not notice.
        TestContext.WriteLine($"clock jumps {jumps}; expired tokens rejected: Zoho {zohoRejected}, Fenxiang {fenxiangRejected}, Dataverse {dataverseRejected}; Dataverse tokens issued {dataverseTokens}; {outcome}");
        Assert.AreEqual(2, jumps, "the tokens expired in the middle of each cycle");
        Assert.IsGreaterThanOrEqualTo(1, zohoRejected, "Zoho refused an expired token");
        Assert.IsGreaterThanOrEqualTo(1, fenxiangRejected, "Fenxiang refused an expired token");
        Assert.IsGreaterThanOrEqualTo(1, dataverseRejected, "Dataverse refused an expired bearer token");
        Assert.IsGreaterThanOrEqualTo(2, dataverseTokens, "the Dataverse client signed in again after the expiry");
        outcome.AssertNothingLostNothingTwice();
    }
}
