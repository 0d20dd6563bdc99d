using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using SalesGoals.Crm.Fenxiang.Emulator.Auth;
using SalesGoals.Crm.Fenxiang.Emulator.Data;
using SalesGoals.Crm.Fenxiang.Emulator.Diagnostics;
using SalesGoals.Crm.Fenxiang.Emulator.Faults;
using SalesGoals.Crm.Fenxiang.Emulator.Hosting;
using SalesGoals.Crm.Fenxiang.Emulator.Schema;
using SalesGoals.Crm.LocalHosting;

namespace SalesGoals.Crm.Fenxiang.Emulator;

/// <summary>
/// A stateful Fenxiang OpenAPI gateway on 127.0.0.1 with a random port. Seed <see cref="Tenant"/>, switch
/// <see cref="Faults"/>, read <see cref="Stats"/>; point the client's BaseUrl at <see cref="BaseUrl"/>.
/// </summary>
public sealed class FenxiangEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TokenIssuer _tokens;
    private readonly CallLimits _limits;

    private FenxiangEmulator(WebApplication app, Uri baseUrl, FenxiangEmulatorOptions options, TenantState tenant, TokenIssuer tokens, FaultSwitches faults, CallLimits limits, EmulatorStats stats)
    {
        _app = app;
        _tokens = tokens;
        _limits = limits;
        BaseUrl = baseUrl;
        Options = options;
        Tenant = tenant;
        Faults = faults;
        Stats = stats;
    }

    public Uri BaseUrl { get; }

    public FenxiangEmulatorOptions Options { get; }

    public TenantState Tenant { get; }

    public FaultSwitches Faults { get; }

    public EmulatorStats Stats { get; }

    /// <summary>Switches the per-endpoint limit (100 calls / 20 s) on or off at run time.</summary>
    public bool RateLimitEnabled
    {
        get => _limits.RateLimitEnabled;
        set => _limits.RateLimitEnabled = value;
    }

    /// <summary>API calls allowed per day; null = unlimited.</summary>
    public long? DailyQuota
    {
        get => _limits.DailyQuota;
        set => _limits.DailyQuota = value;
    }

    public static async Task<FenxiangEmulator> StartAsync(FenxiangEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new FenxiangEmulatorOptions();
        var app = LoopbackWebHost.Create();

        var tenant = new TenantState(options.TimeProvider);
        if (options.DefineDefaultObjects)
        {
            tenant.DefineObject(DefaultSchemas.Account());
            tenant.DefineObject(DefaultSchemas.NewOpportunity());
            tenant.DefineObject(DefaultSchemas.SalesGoal());
            tenant.DefineObject(DefaultSchemas.AlertTask());
        }

        var stats = new EmulatorStats();
        var faults = new FaultSwitches();
        var limits = new CallLimits(options);
        var tokens = new TokenIssuer(options, stats);
        var dispatcher = new Dispatcher(options, tenant, tokens, faults, limits, stats);
        app.MapPost("/{**path}", dispatcher.HandleAsync);
        var baseUrl = await LoopbackWebHost.StartAsync(app, cancellationToken).ConfigureAwait(false);
        return new FenxiangEmulator(app, baseUrl, options, tenant, tokens, faults, limits, stats);
    }

    /// <summary>Every issued token expires now (the next API call answers 20016).</summary>
    public void ExpireTokensNow() => _tokens.ExpireAll();

    /// <summary>Uses up today's quota: API calls answer 30002 until midnight China time.</summary>
    public void ExhaustDailyQuota() => _limits.ExhaustDailyQuota();

    public int LiveTokenCount => _tokens.Issued().Count;

    public ValueTask DisposeAsync() => LoopbackWebHost.StopAsync(_app);
}
