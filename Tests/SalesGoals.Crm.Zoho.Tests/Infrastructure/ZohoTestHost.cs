using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Zoho.Adapter;
using SalesGoals.Crm.Zoho.Api;
using SalesGoals.Crm.Zoho.Auth;
using SalesGoals.Crm.Zoho.DependencyInjection;
using SalesGoals.Crm.Zoho.Emulator;
using SalesGoals.Crm.Zoho.Records;

namespace SalesGoals.Crm.Zoho.Tests.Infrastructure;

/// <summary>An emulator plus the real client wired by <c>AddZohoCrm</c> from configuration, with tiny
/// backoff delays so resilience tests stay fast.</summary>
public sealed class ZohoTestHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private ZohoTestHost(ZohoEmulator emulator, ServiceProvider services)
    {
        Emulator = emulator;
        _services = services;
    }

    public ZohoEmulator Emulator { get; }

    public IServiceProvider Services => _services;

    public IZohoCrmApi Api => _services.GetRequiredService<IZohoCrmApi>();

    public ZohoRecordReader Reader => _services.GetRequiredService<ZohoRecordReader>();

    public ZohoRecordWriter Writer => _services.GetRequiredService<ZohoRecordWriter>();

    public ZohoTokenProvider Tokens => _services.GetRequiredService<ZohoTokenProvider>();

    public static async Task<ZohoTestHost> StartAsync(
        ZohoEmulatorOptions? emulatorOptions = null,
        IDictionary<string, string?>? settings = null)
    {
        var emulator = await ZohoEmulator.StartAsync(emulatorOptions);
        var values = new Dictionary<string, string?>
        {
            ["Zoho:AccountsUrl"] = emulator.BaseUrl.ToString(),
            ["Zoho:ClientId"] = emulator.Options.ClientId,
            ["Zoho:ClientSecret"] = emulator.Options.ClientSecret,
            ["Zoho:RefreshToken"] = emulator.Options.RefreshToken,
            ["Zoho:OrgName"] = $"emulator-{Guid.NewGuid():N}",
            ["Zoho:MaxConcurrency"] = "4",
            ["Zoho:MaxRetryAttempts"] = "8",
            ["Zoho:RetryBaseDelay"] = "00:00:00.002",
            ["Zoho:AttemptTimeout"] = "00:00:10",
            ["Zoho:TotalTimeout"] = "00:00:30",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddZohoCrm(configuration).BuildServiceProvider(validateScopes: true);
        return new ZohoTestHost(emulator, services);
    }

    public ZohoCrmAdapter Adapter(CrmMapping mapping) => _services.GetRequiredService<ZohoCrmAdapterFactory>().Create(mapping);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Emulator.DisposeAsync();
    }
}
