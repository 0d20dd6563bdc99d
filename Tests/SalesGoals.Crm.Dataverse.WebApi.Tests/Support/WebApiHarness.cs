using System;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using SalesGoals.Crm.Dataverse.WebApi.Client;
using SalesGoals.Crm.Dataverse.WebApi.Configuration;
using SalesGoals.Crm.LocalDataverse;
using SalesGoals.Crm.LocalDataverse.WebApi;
using SalesGoals.Crm.LocalDataverse.WebApi.Auth;
using SalesGoals.Crm.SolutionModel.Reading;
using SalesGoals.Crm.Worker.Dataverse;
using SalesGoals.Crm.Worker.Dataverse.WebApi;
using SalesGoals.Crm.Sandbox;

namespace SalesGoals.Crm.Dataverse.WebApi.Tests.Support;

/// <summary>A local Dataverse loaded from Solution/ with the plug-ins, served by the local Web API on loopback, and the
/// worker's gateway registered by <c>AddDataverseGateway</c> against it (real HTTP, real bearer tokens).</summary>
internal sealed class WebApiHarness : IAsyncDisposable
{
    private ServiceProvider _services = null!;

    private WebApiHarness()
    {
    }

    public LocalDataverseEnvironment Environment { get; private set; } = null!;

    public LocalDataverseWebApi Api { get; private set; } = null!;

    public LocalTokenCredential Credential { get; private set; } = null!;

    public IDataverseGateway Gateway { get; private set; } = null!;

    public DataverseWebApiClient Client { get; private set; } = null!;

    /// <summary>The Refit interface itself, to send a request shape the client would not send.</summary>
    public Api.IDataverseWebApi Refit { get; private set; } = null!;

    public Guid Cny { get; private set; }

    public Guid Usd { get; private set; }

    public static async Task<WebApiHarness> StartAsync(Action<DataverseWebApiOptions>? configure = null, TimeSpan? tokenLifetime = null)
    {
        var folder = SolutionLocator.Locate(null, AppContext.BaseDirectory);
        var harness = new WebApiHarness
        {
            Environment = new LocalDataverseBuilder()
                .WithSolutionFolder(folder)
                .WithPluginAssembly(typeof(SalesGoals.Crm.Plugins.Infrastructure.PluginBase).Assembly)
                .Build(),
        };
        harness.Cny = harness.Environment.Seed.Currency("CNY", 1m, isBase: true);
        harness.Usd = harness.Environment.Seed.Currency("USD", 0.14m);
        harness.Api = await LocalDataverseWebApi.StartAsync(
            harness.Environment,
            SolutionReader.Load(folder).CustomApis,
            new Crm.LocalDataverse.WebApi.Hosting.LocalWebApiOptions { TokenLifetime = tokenLifetime ?? TimeSpan.FromHours(1) });
        harness.Credential = harness.Api.CreateCredential();
        var options = new DataverseWebApiOptions
        {
            Url = harness.Api.Url,
            Credential = harness.Credential,
            RetryBaseDelay = TimeSpan.FromMilliseconds(50),
        };
        configure?.Invoke(options);
        harness._services = new ServiceCollection().AddDataverseGateway(options).BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        harness.Gateway = harness._services.GetRequiredService<IDataverseGateway>();
        harness.Client = harness._services.GetRequiredService<DataverseWebApiClient>();
        harness.Refit = harness._services.GetRequiredService<Api.IDataverseWebApi>();
        return harness;
    }

    /// <summary>A plain HttpClient with a valid bearer token, for raw wire-format checks.</summary>
    public async Task<System.Net.Http.HttpClient> RawClientAsync()
    {
        var token = await Credential.GetTokenAsync(new Azure.Core.TokenRequestContext([Api.Url.GetLeftPart(UriPartial.Authority) + "/.default"]), default);
        var client = new System.Net.Http.HttpClient { BaseAddress = new Uri(Api.Url, LocalDataverseWebApi.ApiPath) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token.Token);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Api.DisposeAsync();
    }
}
