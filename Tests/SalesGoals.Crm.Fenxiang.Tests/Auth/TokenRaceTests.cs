using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using SalesGoals.Crm.Fenxiang.Client;
using SalesGoals.Crm.Fenxiang.Configuration;
using SalesGoals.Crm.Fenxiang.Emulator;
using SalesGoals.Crm.Fenxiang.Tests.Support;
using SalesGoals.Crm.Testing;

namespace SalesGoals.Crm.Fenxiang.Tests.Auth;

/// <summary>
/// Two worker instances (two clients, each with its own token cache) against one tenant: the token endpoint refuses
/// a call that overlaps another (14001), so the instance that asks second must wait and ask again instead of failing
/// its API call. The emulator takes 5 s to issue a token, so the second instance's call surely overlaps the first's.
/// </summary>
[TestClass]
public sealed class TokenRaceTests
{
    private static readonly TimeSpan IssueDelay = TimeSpan.FromSeconds(5);

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    [DataRow(false, DisplayName = "first token of both instances")]
    [DataRow(true, DisplayName = "both instances' token expired mid-run (20016, then refresh)")]
    public async Task ListUsers_AnotherInstanceFetchingTheTokenAtTheSameTime_BothSucceedWithOneToken(bool expireFirst)
    {
        // Arrange
        await using var host = await FenxiangTestHost.StartAsync(
            configure: Instance,
            emulatorOptions: new FenxiangEmulatorOptions { TokenIssueDelay = IssueDelay, RateLimitEnabled = false },
            clientTime: TimeProvider.System);
        await using var other = host.AnotherInstance(TimeProvider.System, configure: Instance);
        var second = other.GetRequiredService<IFenxiangClient>();
        if (expireFirst)
        {
            await host.Client.ListUsersAsync(TestContext.CancellationToken);
            await second.ListUsersAsync(TestContext.CancellationToken);
            host.Emulator.ExpireTokensNow();
        }

        var tokenCalls = host.Emulator.Stats.TokenCalls;
        var refusedBefore = host.Emulator.Stats.RefusedTokenCalls;

        // Act: the first instance starts fetching; once its token call is at the endpoint, the second one calls too.
        var first = host.Client.ListUsersAsync(TestContext.CancellationToken);
        await WaitUntilAsync(() => host.Emulator.Stats.TokenCalls > tokenCalls, first);
        var users = await second.ListUsersAsync(TestContext.CancellationToken);
        var firstUsers = await first;

        // Assert
        Assert.IsNotEmpty(users);
        Assert.HasCount(users.Count, firstUsers);
        Assert.IsGreaterThan(refusedBefore, host.Emulator.Stats.RefusedTokenCalls, "the second instance's token call overlapped the first's and was refused");
        Assert.AreEqual(1, host.Emulator.LiveTokenCount, "both instances ended up with the one token the endpoint issued");
    }

    private static void Instance(FenxiangOptions options)
    {
        // Real time: the back-off must outlast the other instance's token call.
        options.RetryBaseDelay = TimeSpan.FromMilliseconds(250);
        options.RetryMaxDelay = TimeSpan.FromSeconds(2);
        options.MaxRetryAttempts = 8;
        options.AttemptTimeout = TimeSpan.FromSeconds(60);
    }

    private static async Task WaitUntilAsync(Func<bool> done, Task running)
    {
        var reached = await Poll.UntilAsync(() => done() || running.IsCompleted, TimeSpan.FromSeconds(60), TimeSpan.FromMilliseconds(10));
        if (!reached || !done())
        {
            Assert.Fail("the first instance never reached the token endpoint while still waiting for it");
        }
    }
}
