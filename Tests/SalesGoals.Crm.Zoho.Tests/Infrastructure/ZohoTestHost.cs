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
using SalesGoals.Crm.Testing.Time;

namespace SalesGoals.Crm.Zoho.Tests.Infrastructure;

/// <summary>An emulator plus the real client wired by <c>AddZohoCrm</c> from configuration. The client runs on
/// a <see cref="BackoffClock"/>: production back-off delays (1 s base), elapsed in fake time, so resilience
/// tests never wait real time for a back-off.</summary>
public sealed class ZohoTestHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private ZohoTestHost(ZohoEmulator emulator, ServiceProvider services, BackoffClock clock)
    {
        Emulator = emulator;
        _services = services;
        Clock = clock;
    }

    /// <summary>The client's clock (back-offs, timeouts, token lifetimes).</summary>
    public BackoffClock Clock { get; }

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
            ["Zoho:RetryBaseDelay"] = "00:00:01",

            // Fake time: long enough that the back-offs skipped during one attempt never time it out.
            ["Zoho:AttemptTimeout"] = "00:30:00",
            ["Zoho:TotalTimeout"] = "02:00:00",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var clock = new BackoffClock(TestClocks.MachineNow, TimeSpan.FromMinutes(5));
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddZohoCrm(configuration)
            .BuildServiceProvider(validateScopes: true);
        return new ZohoTestHost(emulator, services, clock);
    }

    public ZohoCrmAdapter Adapter(CrmMapping mapping) => _services.GetRequiredService<ZohoCrmAdapterFactory>().Create(mapping);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Emulator.DisposeAsync();
        await Clock.DisposeAsync();
    }
}
