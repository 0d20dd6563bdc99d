using System;
using System.Collections.Generic;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SalesGoals.Crm.Fenxiang.Client;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Integration.Adapters;
using SalesGoals.Crm.Integration.Connectors;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Integration.Mapping.Records;

namespace SalesGoals.Crm.Fenxiang.Adapter;

/// <summary>Fenxiang: opportunities from NewOpportunityObj, goal progress to sales_goal__c, users from /cgi/user/list.
/// The sales_status → Open/Won/Lost map is the tenant's own: ops add it as sg_valuemapping rows (kind Stage).</summary>
public sealed class FenxiangConnector : ISystemConnector
{
    /// <summary>What a worker host registers to sync with Fenxiang (<c>Worker:Systems</c> name "Fenxiang", section <c>Fenxiang</c>).</summary>
    public static ConnectorModule Module { get; } = new(
        ExternalSystem.Fenxiang,
        ["Fenxiang:AppId", "Fenxiang:AppSecret", "Fenxiang:PermanentCode", "Fenxiang:ActingUserId"],
        (services, configuration) => services.AddFenxiangConnector(configuration));

    public ExternalSystem System => ExternalSystem.Fenxiang;

    /// <summary>The goal object's pace-status options; sg_valuemapping has no kind for them.</summary>
    public IReadOnlyList<ValueMap> BuiltInValueMaps { get; } =
    [
        new ValueMap(FenxiangDefaultMapping.PaceStatusMapName, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["on_track"] = "OnTrack", ["behind"] = "Behind", ["at_risk"] = "AtRisk", ["achieved"] = "Achieved",
        }),
    ];

    /// <summary>The system user 系统 (<see cref="FenxiangSystemUser.Id"/>) owns what flows, imports and integrations create.</summary>
    public IReadOnlyList<string> SystemUserIds { get; } = [FenxiangSystemUser.Id];

    public CrmMapping DefaultMapping(MappingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new CrmMapping
        {
            System = ExternalSystem.Fenxiang,
            Objects = [FenxiangDefaultMapping.Deals(), FenxiangDefaultMapping.Goals()],
            UserMatch = settings.UserMatch,
            DefaultCurrency = settings.DefaultCurrency,
            SystemUserIds = SystemUserIds,
        };
    }

    public IExternalCrmAdapter CreateAdapter(IServiceProvider services, CrmMapping mapping) => new FenxiangCrmAdapter(
        services.GetRequiredService<IFenxiangClient>(),
        mapping,
        services.GetRequiredService<IOptions<FenxiangAdapterOptions>>(),
        services.GetRequiredService<TimeProvider>());

    public IExternalUserDirectory CreateDirectory(IServiceProvider services) =>
        new FenxiangUserDirectory(services.GetRequiredService<IFenxiangClient>());
}
