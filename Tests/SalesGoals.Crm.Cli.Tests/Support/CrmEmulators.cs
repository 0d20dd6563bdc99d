using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using SalesGoals.Crm.Fenxiang.Emulator;
using SalesGoals.Crm.Fenxiang.Emulator.Data;
using SalesGoals.Crm.Zoho.Emulator;

namespace SalesGoals.Crm.Cli.Tests.Support;

/// <summary>The Zoho and Fenxiang loopback emulators with a complete default schema, and the configuration (the same
/// Zoho / Fenxiang / Worker sections as the worker's run) that points the CLI at them.</summary>
internal sealed class CrmEmulators : IAsyncDisposable
{
    private CrmEmulators(ZohoEmulator zoho, FenxiangEmulator fenxiang)
    {
        Zoho = zoho;
        Fenxiang = fenxiang;
    }

    public ZohoEmulator Zoho { get; }

    public FenxiangEmulator Fenxiang { get; }

    public static async Task<CrmEmulators> StartAsync()
    {
        var zoho = await ZohoEmulator.StartAsync();
        var fenxiang = await FenxiangEmulator.StartAsync();
        fenxiang.Tenant.AddEmployee(new EmulatedEmployee("1000", "管理员", "13800000000", "admin@example.com"));
        return new CrmEmulators(zoho, fenxiang);
    }

    public IReadOnlyList<KeyValuePair<string, string?>> Configuration() =>
    [
        new("Worker:Systems", "Zoho,Fenxiang"),
        new("Zoho:AccountsUrl", Zoho.BaseUrl.ToString()),
        new("Zoho:ClientId", Zoho.Options.ClientId),
        new("Zoho:ClientSecret", Zoho.Options.ClientSecret),
        new("Zoho:RefreshToken", Zoho.Options.RefreshToken),
        new("Zoho:RetryBaseDelay", "00:00:00.050"),
        new("Fenxiang:BaseUrl", Fenxiang.BaseUrl.ToString()),
        new("Fenxiang:AppId", Fenxiang.Options.AppId),
        new("Fenxiang:AppSecret", Fenxiang.Options.AppSecret),
        new("Fenxiang:PermanentCode", Fenxiang.Options.PermanentCode),
        new("Fenxiang:AuthStyle", "LegacyBody"),
        new("Fenxiang:ActingUserId", EmulatedEmployee.OpenUserIdFor("1000")),
        new("Fenxiang:TokenCallMinInterval", "00:00:00"),
        new("Fenxiang:EndpointSpacing", "00:00:00"),
        new("Fenxiang:RetryBaseDelay", "00:00:00.050"),
    ];

    public async ValueTask DisposeAsync()
    {
        await Zoho.DisposeAsync();
        await Fenxiang.DisposeAsync();
    }
}
