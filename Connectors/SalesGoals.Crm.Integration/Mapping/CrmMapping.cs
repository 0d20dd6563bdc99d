using System;
using System.Collections.Generic;
using System.Linq;

namespace SalesGoals.Crm.Integration.Mapping;

/// <summary>Everything ops configure for one external system: object and field maps, value maps,
/// user matching and currency handling.</summary>
public sealed record CrmMapping
{
    public required ExternalSystem System { get; init; }

    public IReadOnlyList<ObjectMap> Objects { get; init; } = [];

    public IReadOnlyList<ValueMap> ValueMaps { get; init; } = [];

    public UserMatchStrategy UserMatch { get; init; } = UserMatchStrategy.ByEmail;

    /// <summary>Explicit user pairs; consulted first whatever the strategy.</summary>
    public IReadOnlyList<UserMapEntry> Users { get; init; } = [];

    /// <summary>Currency assumed when a record carries none (the external org's home currency).</summary>
    public string DefaultCurrency { get; init; } = "CNY";

    /// <summary>The system's accounts that own records but are no person (the connector names them,
    /// <see cref="Connectors.ISystemConnector.SystemUserIds"/>): a record they own credits no rep unless ops map the
    /// account explicitly.</summary>
    public IReadOnlyList<string> SystemUserIds { get; init; } = [];

    /// <summary>The object map for a canonical entity, or null.</summary>
    public ObjectMap? ObjectFor(string canonicalEntity) =>
        Objects.FirstOrDefault(o => string.Equals(o.CanonicalEntity, canonicalEntity, StringComparison.OrdinalIgnoreCase));

    /// <summary>The value map with that name, or null.</summary>
    public ValueMap? ValueMapNamed(string name) =>
        ValueMaps.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));
}
