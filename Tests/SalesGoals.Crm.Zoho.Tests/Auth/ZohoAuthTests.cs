using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SalesGoals.Crm.Zoho.Configuration;
using SalesGoals.Crm.Zoho.DependencyInjection;
using SalesGoals.Crm.Zoho.Errors;
using SalesGoals.Crm.Zoho.Records;
using SalesGoals.Crm.Zoho.Tests.Infrastructure;

namespace SalesGoals.Crm.Zoho.Tests.Auth;

[TestClass]
public sealed class ZohoAuthTests
{
    [TestMethod]
    public async Task FirstCall_MintsOneTokenAndReachesTheApiDomain()
    {
        await using var host = await ZohoTestHost.StartAsync();

        var users = await host.Services.GetRequiredService<ZohoMetadataClient>().GetActiveUsersAsync(CancellationToken.None);
        var modules = await host.Services.GetRequiredService<ZohoMetadataClient>().GetModulesAsync(CancellationToken.None);

        Assert.HasCount(1, users);
        Assert.IsTrue(modules.Any(m => m.ApiName == "Deals"));
        Assert.AreEqual(1, host.Emulator.TokensMinted);
    }

    [TestMethod]
    public async Task ConcurrentCalls_AfterTokenExpiry_RefreshOnceAndAllSucceed()
    {
        await using var host = await ZohoTestHost.StartAsync();
        var metadata = host.Services.GetRequiredService<ZohoMetadataClient>();
        await metadata.GetModulesAsync(CancellationToken.None);
        host.Emulator.Faults.ExpireTokensNow();

        var calls = Enumerable.Range(0, 12).Select(_ => metadata.GetFieldsAsync("Deals", CancellationToken.None));
        var results = await Task.WhenAll(calls);

        Assert.IsTrue(results.All(r => r.Count > 0));
        Assert.AreEqual(2, host.Emulator.TokensMinted);
        Assert.AreEqual(2, host.Tokens.MintCount);
    }

    [TestMethod]
    public async Task RevokedRefreshToken_SurfacesInvalidCode()
    {
        await using var host = await ZohoTestHost.StartAsync();
        host.Emulator.Faults.RevokeRefreshToken();

        var error = await Assert.ThrowsExactlyAsync<ZohoApiException>(
            () => host.Services.GetRequiredService<ZohoMetadataClient>().GetModulesAsync(CancellationToken.None));

        Assert.AreEqual(ZohoErrorKind.TokenInvalidCode, error.Kind);
    }

    [TestMethod]
    public async Task WrongClientSecret_SurfacesInvalidClient()
    {
        await using var host = await ZohoTestHost.StartAsync(settings: new Dictionary<string, string?> { ["Zoho:ClientSecret"] = "not-the-secret" });

        var error = await Assert.ThrowsExactlyAsync<ZohoApiException>(
            () => host.Services.GetRequiredService<ZohoMetadataClient>().GetModulesAsync(CancellationToken.None));

        Assert.AreEqual(ZohoErrorKind.TokenInvalidClient, error.Kind);
    }

    [TestMethod]
    public async Task MintLimit_TenTokensUsed_RefusesBeforeAskingZoho()
    {
        await using var host = await ZohoTestHost.StartAsync();
        var metadata = host.Services.GetRequiredService<ZohoMetadataClient>();
        for (var i = 0; i < 10; i++)
        {
            await metadata.GetModulesAsync(CancellationToken.None);
            host.Emulator.Faults.ExpireTokensNow();
        }

        var error = await Assert.ThrowsExactlyAsync<ZohoApiException>(() => metadata.GetModulesAsync(CancellationToken.None));

        Assert.AreEqual(ZohoErrorKind.TokenMintLimitReached, error.Kind);
        Assert.AreEqual(10, host.Emulator.TokensMinted);
    }

    [TestMethod]
    public void Options_MissingSecrets_FailAtStartupNamingEachKey()
    {
        using var services = new ServiceCollection().AddZohoCrm(o => o.MaxConcurrency = 40).BuildServiceProvider();

        var error = Assert.ThrowsExactly<OptionsValidationException>(() => services.GetRequiredService<IOptions<ZohoOptions>>().Value);

        StringAssert.Contains(error.Message, "Zoho:ClientId");
        StringAssert.Contains(error.Message, "Zoho:ClientSecret");
        StringAssert.Contains(error.Message, "Zoho:RefreshToken");
        StringAssert.Contains(error.Message, "Zoho:MaxConcurrency");
    }

    [TestMethod]
    [DataRow(ZohoDataCentre.Eu, "https://accounts.zoho.eu/")]
    [DataRow(ZohoDataCentre.Cn, "https://accounts.zoho.com.cn/")]
    [DataRow(ZohoDataCentre.Ca, "https://accounts.zohocloud.ca/")]
    [DataRow(ZohoDataCentre.Sa, "https://accounts.zoho.sa/")]
    public void AccountsUrl_FollowsTheDataCentre(ZohoDataCentre dataCentre, string expected)
    {
        var options = new ZohoOptions { DataCentre = dataCentre };

        Assert.AreEqual(expected, options.ResolveAccountsUrl().ToString());
    }
}
