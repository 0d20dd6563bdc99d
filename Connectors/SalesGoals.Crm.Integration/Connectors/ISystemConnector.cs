using System;
using System.Collections.Generic;
using SalesGoals.Crm.Integration.Adapters;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Integration.Mapping.Records;

namespace SalesGoals.Crm.Integration.Connectors;

/// <summary>
/// Everything the shared worker code needs to know about one external CRM, registered once per system by the
/// connector's own project (<see cref="ConnectorModule"/>): the worker iterates the registered connectors and never
/// names a system. Its value formats and stage semantics live behind <see cref="CreateAdapter"/>.
/// Add members here (with a default implementation when a connector may not support them) as the worker grows.
/// </summary>
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

    /// <summary>Vendor accounts that own records but are no person (imports, flows, integrations); none by default.
    /// The worker puts them on the mapping (<see cref="CrmMapping.SystemUserIds"/>).</summary>
    IReadOnlyList<string> SystemUserIds => [];
}
