using System;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SalesGoals.Crm.Fenxiang.Adapter;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Fenxiang;
using SalesGoals.Crm.Fenxiang.Api;
using SalesGoals.Crm.Fenxiang.Auth;
using SalesGoals.Crm.Fenxiang.Client;
using SalesGoals.Crm.Fenxiang.Configuration;
using SalesGoals.Crm.Fenxiang.Emulator;
using SalesGoals.Crm.Fenxiang.Emulator.Data;
using SalesGoals.Crm.Testing.Time;

namespace SalesGoals.Crm.Fenxiang.Tests.Support;

/// <summary>An emulator on loopback and a client registered through <c>AddFenxiang</c> pointing at it. Unless a
/// test gives its own clock, the client runs on a <see cref="BackoffClock"/>: production back-off delays (1 s
/// base, 30 s cap) elapse in fake time, so no test waits real time for a back-off.</summary>
public sealed class FenxiangTestHost : IAsyncDisposable
{
    public const string AdminId = "1000";

    /// <summary>The admin's FSUID, which legacy authentication uses for people.</summary>
    public static readonly string AdminOpenUserId = EmulatedEmployee.OpenUserIdFor(AdminId);

    private FenxiangTestHost(FenxiangEmulator emulator, ServiceProvider services, BackoffClock? clock)
    {
        Emulator = emulator;
        Services = services;
        Clock = clock;
    }

    /// <summary>The client's clock when the test gave none (null when it did).</summary>
    public BackoffClock? Clock { get; }

    public FenxiangEmulator Emulator { get; }

    public ServiceProvider Services { get; }

    public IFenxiangClient Client => Services.GetRequiredService<IFenxiangClient>();

    public IFenxiangApi Api => Services.GetRequiredService<IFenxiangApi>();

    public IFenxiangTokenProvider Tokens => Services.GetRequiredService<IFenxiangTokenProvider>();

    public static async Task<FenxiangTestHost> StartAsync(
        FenxiangAuthStyle style = FenxiangAuthStyle.LegacyBody,
        Action<FenxiangOptions>? configure = null,
        FenxiangEmulatorOptions? emulatorOptions = null,
        TimeProvider? clientTime = null)
    {
        emulatorOptions ??= new FenxiangEmulatorOptions { RateLimitEnabled = false };
        var emulator = await FenxiangEmulator.StartAsync(emulatorOptions).ConfigureAwait(false);
        emulator.Tenant.AddEmployee(new EmulatedEmployee(AdminId, "管理员", "13800000000", "admin@example.com"));
        var clock = clientTime is null ? new BackoffClock(TestClocks.MachineNow, TimeSpan.FromMinutes(5)) : null;
        var services = ClientServices(emulator, style, clientTime ?? clock!, configure);
        return new FenxiangTestHost(emulator, services, clock);
    }

    /// <summary>Another worker instance's client against this host's emulator: its own token cache and handlers.</summary>
    public ServiceProvider AnotherInstance(TimeProvider time, FenxiangAuthStyle style = FenxiangAuthStyle.LegacyBody, Action<FenxiangOptions>? configure = null) =>
        ClientServices(Emulator, style, time, configure);

    private static ServiceProvider ClientServices(FenxiangEmulator emulator, FenxiangAuthStyle style, TimeProvider time, Action<FenxiangOptions>? configure)
    {
        var emulatorOptions = emulator.Options;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(time);
        services.AddFenxiang(options =>
        {
            options.BaseUrl = emulator.BaseUrl;
            options.AppId = emulatorOptions.AppId;
            options.AppSecret = emulatorOptions.AppSecret;
            options.PermanentCode = emulatorOptions.PermanentCode;
            options.AuthStyle = style;
            options.ActingUserId = style == FenxiangAuthStyle.Header ? AdminId : EmulatedEmployee.OpenUserIdFor(AdminId);
            options.TokenCallMinInterval = TimeSpan.Zero;
            options.EndpointSpacing = TimeSpan.Zero;
            options.RetryBaseDelay = TimeSpan.FromSeconds(1);
            options.RetryMaxDelay = TimeSpan.FromSeconds(30);

            // Fake time: long enough that the back-offs skipped during one attempt never time it out.
            options.AttemptTimeout = TimeSpan.FromMinutes(30);
            options.MaxRetryAttempts = 6;
            options.MaxConcurrentRequests = 4;
            configure?.Invoke(options);
        });
        return services.BuildServiceProvider(validateScopes: true);
    }

    /// <summary>An adapter over this host's client; reads settle instantly unless configured otherwise.</summary>
    public FenxiangCrmAdapter CreateAdapter(CrmMapping mapping, Action<FenxiangAdapterOptions>? configure = null, TimeProvider? time = null)
    {
        var options = new FenxiangAdapterOptions { ReadSettleTime = TimeSpan.Zero };
        configure?.Invoke(options);
        return new FenxiangCrmAdapter(Client, mapping, Options.Create(options), time ?? TimeProvider.System);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync().ConfigureAwait(false);
        await Emulator.DisposeAsync().ConfigureAwait(false);
        if (Clock is not null)
        {
            await Clock.DisposeAsync().ConfigureAwait(false);
        }
    }
}
