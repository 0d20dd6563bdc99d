using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using SalesGoals.Crm.Fenxiang.Api;
using SalesGoals.Crm.Fenxiang.Configuration;
using SalesGoals.Crm.Fenxiang.Emulator;
using SalesGoals.Crm.Fenxiang.Errors;
using SalesGoals.Crm.Fenxiang.Tests.Support;

namespace SalesGoals.Crm.Fenxiang.Tests.Auth;

[TestClass]
public sealed class TokenLifecycleTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [DataRow(FenxiangAuthStyle.LegacyBody)]
    [DataRow(FenxiangAuthStyle.Header)]
    public async Task GetAsync_WithinReuseWindow_ReusesCachedTokenWithoutCallingEndpoint(FenxiangAuthStyle style)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-03-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var host = await FenxiangTestHost.StartAsync(style, emulatorOptions: new FenxiangEmulatorOptions { TimeProvider = clock, RateLimitEnabled = false }, clientTime: clock);

        var first = await host.Tokens.GetAsync(TestContext.CancellationToken);
        clock.Advance(TimeSpan.FromSeconds(6500));
        var second = await host.Tokens.GetAsync(TestContext.CancellationToken);

        Assert.AreSame(first, second);
        Assert.AreEqual(1, host.Emulator.Stats.TokenCalls);
    }

    [TestMethod]
    public async Task GetAsync_AfterReuseWindow_FetchesNewTokenAndOldStaysValidUntil7200Seconds()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-03-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var host = await FenxiangTestHost.StartAsync(emulatorOptions: new FenxiangEmulatorOptions { TimeProvider = clock, RateLimitEnabled = false }, clientTime: clock);

        var first = await host.Tokens.GetAsync(TestContext.CancellationToken);
        clock.Advance(TimeSpan.FromSeconds(6601));
        var second = await host.Tokens.GetAsync(TestContext.CancellationToken);

        Assert.AreNotEqual(first.Value, second.Value);
        Assert.AreEqual(2, host.Emulator.LiveTokenCount, "the old token stays valid until its 7200 s are up");
    }

    [TestMethod]
    public async Task TokenEndpoint_AskedAgainWithinReuseWindow_ReturnsSameTokenWithLessTimeLeft()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-03-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var host = await FenxiangTestHost.StartAsync(emulatorOptions: new FenxiangEmulatorOptions { TimeProvider = clock, RateLimitEnabled = false }, clientTime: clock);
        var tokenApi = (IFenxiangTokenApi)host.Services.GetService(typeof(IFenxiangTokenApi))!;
        var request = new TokenRequest { AppId = host.Emulator.Options.AppId, AppSecret = host.Emulator.Options.AppSecret, PermanentCode = host.Emulator.Options.PermanentCode };

        var first = await tokenApi.GetCorpAccessTokenAsync(request, TestContext.CancellationToken);
        clock.Advance(TimeSpan.FromSeconds(100));
        var second = await tokenApi.GetCorpAccessTokenAsync(request, TestContext.CancellationToken);

        Assert.AreEqual(first.CorpAccessToken, second.CorpAccessToken);
        Assert.AreEqual(7200, first.ExpiresIn);
        Assert.AreEqual(7100, second.ExpiresIn);
    }

    [TestMethod]
    public async Task TokenEndpoint_CalledConcurrently_RefusesTheOverlappingCall()
    {
        await using var host = await FenxiangTestHost.StartAsync(emulatorOptions: new FenxiangEmulatorOptions { TokenIssueDelay = TimeSpan.FromMilliseconds(300), RateLimitEnabled = false });
        var tokenApi = (IFenxiangTokenApi)host.Services.GetService(typeof(IFenxiangTokenApi))!;
        var request = new TokenRequest { AppId = host.Emulator.Options.AppId, AppSecret = host.Emulator.Options.AppSecret, PermanentCode = host.Emulator.Options.PermanentCode };

        var answers = await Task.WhenAll(
            tokenApi.GetCorpAccessTokenAsync(request, TestContext.CancellationToken),
            tokenApi.GetCorpAccessTokenAsync(request, TestContext.CancellationToken));

        Assert.AreEqual(1, answers.Count(a => a.ErrorCode == 0));
        Assert.AreEqual(1, answers.Count(a => a.ErrorCode == FenxiangErrorCodes.CallLimitExceeded));
        Assert.AreEqual(1, host.Emulator.Stats.RefusedTokenCalls);
    }

    [TestMethod]
    public async Task GetAsync_ManyCallersAtOnce_MakesOneTokenCallAndNeverOverlaps()
    {
        await using var host = await FenxiangTestHost.StartAsync(emulatorOptions: new FenxiangEmulatorOptions { TokenIssueDelay = TimeSpan.FromMilliseconds(100), RateLimitEnabled = false });

        var tokens = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => host.Tokens.GetAsync(TestContext.CancellationToken)));

        Assert.AreEqual(1, tokens.Select(t => t.Value).Distinct().Count());
        Assert.AreEqual(1, host.Emulator.Stats.TokenCalls);
        Assert.AreEqual(0, host.Emulator.Stats.RefusedTokenCalls);
    }

    [TestMethod]
    public async Task Query_TokenExpiredOnServer_RefreshesOnceAndSucceeds()
    {
        await using var host = await FenxiangTestHost.StartAsync();
        await host.Client.ListObjectsAsync(TestContext.CancellationToken);
        host.Emulator.ExpireTokensNow();

        var objects = await host.Client.ListObjectsAsync(TestContext.CancellationToken);

        Assert.IsNotEmpty(objects);
        Assert.AreEqual(2, host.Emulator.Stats.TokenCalls);
    }

    [TestMethod]
    public async Task GetAsync_BadAppSecret_ThrowsCredentialsRejectedWith10006()
    {
        await using var host = await FenxiangTestHost.StartAsync(configure: o => o.AppSecret = "wrong-secret");

        var error = await Assert.ThrowsExactlyAsync<FenxiangApiException>(() => host.Tokens.GetAsync(TestContext.CancellationToken));

        Assert.AreEqual(FenxiangErrorCodes.AppSecretIllegal, error.Code);
        Assert.AreEqual(FenxiangOutcome.CredentialsRejected, error.Outcome);
    }

    [TestMethod]
    public async Task GetAsync_WrongPermanentCode_ThrowsCredentialsRejectedWith20015()
    {
        await using var host = await FenxiangTestHost.StartAsync(configure: o => o.PermanentCode = "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF");

        var error = await Assert.ThrowsExactlyAsync<FenxiangApiException>(() => host.Tokens.GetAsync(CancellationToken.None));

        Assert.AreEqual(FenxiangErrorCodes.PermanentCodeWrong, error.Code);
        Assert.AreEqual(FenxiangOutcome.CredentialsRejected, error.Outcome);
    }
}
