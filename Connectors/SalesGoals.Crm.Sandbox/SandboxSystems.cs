using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SalesGoals.Crm.Fenxiang;
using SalesGoals.Crm.Fenxiang.Adapter;
using SalesGoals.Crm.Fenxiang.Client;
using SalesGoals.Crm.Fenxiang.Configuration;
using SalesGoals.Crm.Fenxiang.Emulator;
using SalesGoals.Crm.Fenxiang.Emulator.Data;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Integration.Mapping.Catalog;
using SalesGoals.Crm.Worker.Sync;
using SalesGoals.Crm.Zoho.Adapter;
using SalesGoals.Crm.Zoho.DependencyInjection;
using SalesGoals.Crm.Zoho.Emulator;

namespace SalesGoals.Crm.Sandbox;

/// <summary>Wires the real Zoho and Fenxiang clients and adapters to the loopback emulators, as configuration would.</summary>
internal static class SandboxSystems
{
    public const string FenxiangAdminId = "1000";

    public static ServiceProvider Services(ZohoEmulator zoho, FenxiangEmulator fenxiang)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Zoho:AccountsUrl"] = zoho.BaseUrl.ToString(),
            ["Zoho:ClientId"] = zoho.Options.ClientId,
            ["Zoho:ClientSecret"] = zoho.Options.ClientSecret,
            ["Zoho:RefreshToken"] = zoho.Options.RefreshToken,
            ["Zoho:OrgName"] = "sandbox",
            ["Zoho:RetryBaseDelay"] = "00:00:00.050",
        }).Build();
        fenxiang.Tenant.AddEmployee(new EmulatedEmployee(FenxiangAdminId, "管理员", "13800000000", "admin@example.com"));
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddZohoCrm(configuration);
        services.AddFenxiang(options =>
        {
            options.BaseUrl = fenxiang.BaseUrl;
            options.AppId = fenxiang.Options.AppId;
            options.AppSecret = fenxiang.Options.AppSecret;
            options.PermanentCode = fenxiang.Options.PermanentCode;
            options.AuthStyle = FenxiangAuthStyle.LegacyBody;
            options.ActingUserId = EmulatedEmployee.OpenUserIdFor(FenxiangAdminId);
            options.TokenCallMinInterval = TimeSpan.Zero;
            options.EndpointSpacing = TimeSpan.Zero;
            options.RetryBaseDelay = TimeSpan.FromMilliseconds(50);
        });
        return services.BuildServiceProvider(validateScopes: true);
    }

    public static ConnectedSystem Zoho(IServiceProvider services, IReadOnlyList<SandboxPerson> people)
    {
        var mapping = ZohoDefaultMapping.Create() with { UserMatch = UserMatchStrategy.ByEmail, DefaultCurrency = "CNY" };
        var adapter = services.GetRequiredService<ZohoCrmAdapterFactory>().Create(mapping);
        var directory = people.Where(p => p.ZohoUserId is not null).Select(p => new ExternalUserRef(p.ZohoUserId!, p.Email)).ToList();
        return new ConnectedSystem(adapter, mapping, new FixedUserDirectory(() => directory));
    }

    public static ConnectedSystem Fenxiang(IServiceProvider services, FenxiangEmulator emulator, TimeProvider time)
    {
        var mapping = new CrmMapping
        {
            System = ExternalSystem.Fenxiang,
            Objects = [FenxiangDefaultMapping.Deals(), FenxiangDefaultMapping.Goals()],
            ValueMaps =
            [
                new ValueMap(CanonicalFieldCatalog.StageMapName, new Dictionary<string, string>(ExternalCrmSeeder.FenxiangStatusMap)),
                new ValueMap(FenxiangDefaultMapping.PaceStatusMapName, new Dictionary<string, string>
                {
                    ["on_track"] = "OnTrack", ["behind"] = "Behind", ["at_risk"] = "AtRisk", ["achieved"] = "Achieved",
                }),
            ],
            UserMatch = UserMatchStrategy.ByEmail,
            DefaultCurrency = "CNY",
        };

        // Seeded deals were changed minutes ago, so a short settle allowance reads them all in the first cycle.
        var options = Options.Create(new FenxiangAdapterOptions { ReadSettleTime = TimeSpan.FromSeconds(1) });
        var adapter = new FenxiangCrmAdapter(services.GetRequiredService<IFenxiangClient>(), mapping, options, time);
        var directory = new FixedUserDirectory(() => emulator.Tenant.Employees.Select(e => new ExternalUserRef(e.EmployeeId, e.Email)).ToList());
        return new ConnectedSystem(adapter, mapping, directory);
    }
}
