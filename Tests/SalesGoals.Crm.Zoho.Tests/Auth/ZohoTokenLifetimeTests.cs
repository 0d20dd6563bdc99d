using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using SalesGoals.Crm.Testing.Time;
using SalesGoals.Crm.Zoho.Auth;
using SalesGoals.Crm.Zoho.Emulator;
using SalesGoals.Crm.Zoho.Records;
using SalesGoals.Crm.Zoho.Tests.Infrastructure;

namespace SalesGoals.Crm.Zoho.Tests.Auth;

/// <summary>How long a minted token is used: Zoho's accounts servers have answered <c>expires_in</c> in
/// milliseconds (with <c>expires_in_sec</c> beside it); read as seconds that kept a token 1,000 hours.</summary>
[TestClass]
public sealed class ZohoTokenLifetimeTests
{
    private static readonly DateTimeOffset Start = new(2026, 5, 4, 9, 0, 0, TimeSpan.Zero);

    [TestMethod]
    public async Task TokenAnsweredInMilliseconds_AfterAnHour_IsRenewedBeforeZohoRejectsIt()
    {
        var zohoClock = new ManualTimeProvider(Start);
        await using var host = await ZohoTestHost.StartAsync(new ZohoEmulatorOptions { TimeProvider = zohoClock, TokenExpiryInMilliseconds = true });
        var metadata = host.Services.GetRequiredService<ZohoMetadataClient>();
        await metadata.GetModulesAsync(CancellationToken.None);

        zohoClock.Advance(TimeSpan.FromMinutes(61));
        host.Clock.Advance(TimeSpan.FromMinutes(61));
        await metadata.GetModulesAsync(CancellationToken.None);

        Assert.AreEqual(2, host.Emulator.TokensMinted);
        Assert.AreEqual(0, host.Emulator.Stats.UnauthorizedResponses, "the client renewed the token itself instead of sending a dead one");
    }

    [TestMethod]
    public async Task TokenAnsweredInMilliseconds_WithinItsLifetime_IsReused()
    {
        var zohoClock = new ManualTimeProvider(Start);
        await using var host = await ZohoTestHost.StartAsync(new ZohoEmulatorOptions { TimeProvider = zohoClock, TokenExpiryInMilliseconds = true });
        var metadata = host.Services.GetRequiredService<ZohoMetadataClient>();
        await metadata.GetModulesAsync(CancellationToken.None);

        zohoClock.Advance(TimeSpan.FromMinutes(30));
        host.Clock.Advance(TimeSpan.FromMinutes(30));
        await metadata.GetModulesAsync(CancellationToken.None);

        Assert.AreEqual(1, host.Emulator.TokensMinted);
    }

    [TestMethod]
    [DataRow(3_600_000L, 3_600L, 60.0, DisplayName = "milliseconds with expires_in_sec")]
    [DataRow(300_000L, 300L, 5.0, DisplayName = "expires_in_sec wins over milliseconds")]
    [DataRow(3_600_000L, null, 60.0, DisplayName = "milliseconds alone: capped at one hour")]
    [DataRow(3_600L, null, 60.0, DisplayName = "seconds")]
    [DataRow(1_800L, null, 30.0, DisplayName = "shorter lifetime kept")]
    [DataRow(null, null, 60.0, DisplayName = "none: one hour")]
    public void LifetimeOf_TokenAnswer_IsInSecondsAndNeverOverAnHour(long? expiresIn, long? expiresInSec, double expectedMinutes)
    {
        var answer = new ZohoTokenResponse { AccessToken = "1000.x", ExpiresIn = expiresIn, ExpiresInSec = expiresInSec };

        var lifetime = ZohoTokenProvider.LifetimeOf(answer);

        Assert.AreEqual(TimeSpan.FromMinutes(expectedMinutes), lifetime);
    }
}
