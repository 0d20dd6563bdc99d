using System;
using System.Collections.Generic;
using Microsoft.Extensions.DependencyInjection;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Integration.Adapters;
using SalesGoals.Crm.Integration.Connectors;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Integration.Mapping.Records;
using SalesGoals.Crm.Zoho.DependencyInjection;
using SalesGoals.Crm.Zoho.Records;

namespace SalesGoals.Crm.Zoho.Adapter;

/// <summary>Zoho CRM: deals from the Deals module, goal progress to Sales_Targets, users from /crm/v8/users.
/// Values in Zoho's JSON formats; a deal's state from its stage's forecast type (the adapter reads the pick list).</summary>
public sealed class ZohoConnector : ISystemConnector
{
    /// <summary>What a worker host registers to sync with Zoho (<c>Worker:Systems</c> name "Zoho", section <c>Zoho</c>).</summary>
    public static ConnectorModule Module { get; } = new(
        ExternalSystem.Zoho,
        ["Zoho:ClientId", "Zoho:ClientSecret", "Zoho:RefreshToken"],
        (services, configuration) => services.AddZohoConnector(configuration));

    public ExternalSystem System => ExternalSystem.Zoho;

    public IReadOnlyList<ValueMap> BuiltInValueMaps { get; } = [];

    public CrmMapping DefaultMapping(MappingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return ZohoDefaultMapping.Create() with { UserMatch = settings.UserMatch, DefaultCurrency = settings.DefaultCurrency };
    }

    public IExternalCrmAdapter CreateAdapter(IServiceProvider services, CrmMapping mapping) =>
        services.GetRequiredService<ZohoCrmAdapterFactory>().Create(mapping);

    public IExternalUserDirectory CreateDirectory(IServiceProvider services) =>
        new ZohoUserDirectory(services.GetRequiredService<ZohoMetadataClient>());
}
