using System;
using SalesGoals.Crm.Integration.Connectors;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Integration.Adapters;
using SalesGoals.Crm.Integration.Mapping;

namespace SalesGoals.Crm.Worker.Sync;

/// <summary>One external CRM the worker syncs with: its adapter, ops' mapping and its user directory.</summary>
public sealed record ConnectedSystem(IExternalCrmAdapter Adapter, CrmMapping Mapping, IExternalUserDirectory Directory)
{
    public ExternalSystem System => Adapter.System;

    /// <summary>The external object deals are read from (the sync-state key).</summary>
    public string DealObject => Mapping.ObjectFor(ObjectMap.DealEntity)?.ExternalObject
        ?? throw new InvalidOperationException($"The {System} mapping has no object mapped to deals.");
}
