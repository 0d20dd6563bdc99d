using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using SalesGoals.Crm.LocalHosting;
using SalesGoals.Crm.Zoho.Emulator.Auth;
using SalesGoals.Crm.Zoho.Emulator.Diagnostics;
using SalesGoals.Crm.Zoho.Emulator.Endpoints;
using SalesGoals.Crm.Zoho.Emulator.Faults;
using SalesGoals.Crm.Zoho.Emulator.Http;
using SalesGoals.Crm.Zoho.Emulator.Seeding;
using SalesGoals.Crm.Zoho.Emulator.State;

namespace SalesGoals.Crm.Zoho.Emulator;

/// <summary>A stateful Zoho CRM v8 org (and its accounts server) on 127.0.0.1 with a random port.
/// The token answer's api_domain is <see cref="BaseUrl"/>, so accounts and API share one host.</summary>
public sealed class ZohoEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ZohoEmulatorServices _services;

    private ZohoEmulator(WebApplication app, ZohoEmulatorServices services, Uri baseUrl)
    {
        _app = app;
        _services = services;
        BaseUrl = baseUrl;
        Seed = new ZohoSeeder(services.State);
    }

    public Uri BaseUrl { get; }

    public ZohoEmulatorOptions Options => _services.Options;

    public ZohoFaults Faults => _services.Faults;

    public ZohoEmulatorStats Stats => _services.Stats;

    public ZohoSeeder Seed { get; }

    /// <summary>Layout id of Deals, needed by settings/pipeline.</summary>
    public string DealsLayoutId => _services.State.DealsLayoutId;

    /// <summary>Id of the org's admin user (owner of records created through the API).</summary>
    public string AdminUserId => _services.State.Admin.Id;

    public int TokensMinted => _services.Tokens.TokensMinted;

    public static async Task<ZohoEmulator> StartAsync(ZohoEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ZohoEmulatorOptions();
        var app = LoopbackWebHost.Create();

        var tokens = new ZohoTokenIssuer(options, options.TimeProvider);
        var services = new ZohoEmulatorServices(
            options, new ZohoOrgState(options.TimeProvider, TimeZoneInfo.FindSystemTimeZoneById(options.OrgTimeZone)), tokens, new ZohoFaults(tokens), new ZohoEmulatorStats(), new ZohoPageCursors());
        var gate = new ZohoRequestGate(options, tokens, services.Faults, services.Stats);
        app.Use((context, next) => gate.InvokeAsync(context, next));

        Uri? baseUrl = null;
        TokenEndpoint.Map(app, tokens, () => baseUrl!.GetLeftPart(UriPartial.Authority), options);
        MetadataEndpoints.Map(app, services);
        OrgEndpoint.Map(app, services);
        DeletedRecordsEndpoint.Map(app, services);
        RecordReadEndpoint.Map(app, services);
        RecordWriteEndpoints.Map(app, services);
        CoqlEndpoint.Map(app, services);

        baseUrl = await LoopbackWebHost.StartAsync(app, cancellationToken);
        return new ZohoEmulator(app, services, baseUrl);
    }

    public ValueTask DisposeAsync() => LoopbackWebHost.StopAsync(_app);
}
