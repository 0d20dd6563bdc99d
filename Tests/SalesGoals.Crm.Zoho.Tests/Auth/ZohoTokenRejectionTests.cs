using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using SalesGoals.Crm.Zoho.Emulator.Diagnostics;
using SalesGoals.Crm.Zoho.Errors;
using SalesGoals.Crm.Zoho.Records;
using SalesGoals.Crm.Zoho.Tests.Infrastructure;

namespace SalesGoals.Crm.Zoho.Tests.Auth;

/// <summary>Every 401 word Zoho uses for a dead access token is cured by one refresh; the token endpoint's
/// "Access Denied" throttle is waited out, not reported as a configuration fault.</summary>
[TestClass]
public sealed class ZohoTokenRejectionTests
{
    [TestMethod]
    [DataRow("INVALID_TOKEN")]
    [DataRow("INVALID_OAUTHTOKEN")]
    [DataRow("AUTHENTICATION_FAILURE")]
    public async Task ExpiredToken_RejectedWithEachTokenCode_IsRefreshedOnceAndTheCallSucceeds(string code)
    {
        await using var host = await ZohoTestHost.StartAsync();
        host.Emulator.Faults.ExpiredTokenCode = code;
        var metadata = host.Services.GetRequiredService<ZohoMetadataClient>();
        await metadata.GetModulesAsync(CancellationToken.None);
        host.Emulator.Faults.ExpireTokensNow();

        var modules = await metadata.GetModulesAsync(CancellationToken.None);

        Assert.IsTrue(modules.Any(m => m.ApiName == "Deals"));
        Assert.AreEqual(2, host.Emulator.TokensMinted);
        Assert.AreEqual(1, host.Emulator.Stats.UnauthorizedResponses);
    }

    [TestMethod]
    public void ScopeMismatch_IsNotCuredByANewToken()
    {
        var error = ZohoErrorParser.Parse(401, """{"code":"OAUTH_SCOPE_MISMATCH","details":{},"message":"invalid oauth scope to access this URL","status":"error"}""");

        Assert.IsFalse(ZohoErrorClassifier.IsCuredByNewToken(error.Kind));
    }

    [TestMethod]
    public async Task TokenEndpointAccessDenied_IsRetriedAfterAPauseAndTheCallSucceeds()
    {
        await using var host = await ZohoTestHost.StartAsync();
        host.Emulator.Faults.ThrottleTokenRequests(2);

        var modules = await host.Services.GetRequiredService<ZohoMetadataClient>().GetModulesAsync(CancellationToken.None);

        Assert.IsTrue(modules.Any(m => m.ApiName == "Deals"));
        Assert.AreEqual(3, host.Emulator.Stats.CallsTo(ZohoRoutes.Token));
        Assert.AreEqual(1, host.Emulator.TokensMinted);
        Assert.IsGreaterThanOrEqualTo(TimeSpan.FromSeconds(60), host.Clock.Skipped, "a pause of 20 s, then 40 s (fake time)");
    }

    [TestMethod]
    public async Task TokenEndpointAccessDenied_Persisting_SurfacesAsATransientThrottle()
    {
        await using var host = await ZohoTestHost.StartAsync();
        host.Emulator.Faults.ThrottleTokenRequests(100);

        var error = await Assert.ThrowsExactlyAsync<ZohoApiException>(
            () => host.Services.GetRequiredService<ZohoMetadataClient>().GetModulesAsync(CancellationToken.None));

        Assert.AreEqual(ZohoErrorKind.TokenThrottled, error.Kind);
        Assert.IsTrue(error.Error.IsTransient, "a throttle clears by itself: the message may be retried later");
        Assert.AreEqual(4, host.Emulator.Stats.CallsTo(ZohoRoutes.Token), "the first try and 3 retries");
    }
}
