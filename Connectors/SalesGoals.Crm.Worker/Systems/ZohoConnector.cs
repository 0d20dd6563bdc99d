using System;
using System.Collections.Generic;
using Microsoft.Extensions.DependencyInjection;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Integration.Adapters;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Integration.Mapping.Records;
using SalesGoals.Crm.Worker.Sync;
using SalesGoals.Crm.Zoho.Adapter;
using SalesGoals.Crm.Zoho.Records;

namespace SalesGoals.Crm.Worker.Systems;

/// <summary>Zoho CRM: deals from the Deals module, goal progress to Sales_Targets, users from /crm/v8/users.</summary>
public sealed class ZohoConnector : ISystemConnector
{
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
