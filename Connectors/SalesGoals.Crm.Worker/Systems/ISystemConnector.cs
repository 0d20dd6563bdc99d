using System;
using System.Collections.Generic;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Integration.Adapters;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Integration.Mapping.Records;
using SalesGoals.Crm.Worker.Sync;

namespace SalesGoals.Crm.Worker.Systems;

/// <summary>What the worker needs to know about one external CRM: registered once per system at start-up.</summary>
public interface ISystemConnector
{
    ExternalSystem System { get; }

    /// <summary>The mapping ops start from: written as sg_fieldmapping / sg_valuemapping rows when the tables hold none for the system.</summary>
    CrmMapping DefaultMapping(MappingSettings settings);

    /// <summary>Value maps the tables cannot hold (their sg_kind has no option), used when the rows do not name them.</summary>
    IReadOnlyList<ValueMap> BuiltInValueMaps { get; }

    IExternalCrmAdapter CreateAdapter(IServiceProvider services, CrmMapping mapping);

    /// <summary>The system's users with e-mails, read from the vendor's API.</summary>
    IExternalUserDirectory CreateDirectory(IServiceProvider services);
}
