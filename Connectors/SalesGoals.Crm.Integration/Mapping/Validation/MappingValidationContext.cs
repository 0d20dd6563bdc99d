using System;
using System.Collections.Generic;
using SalesGoals.Crm.Integration.Mapping.Users;

namespace SalesGoals.Crm.Integration.Mapping.Validation;

/// <summary>What Dataverse knows that a mapping is checked against.</summary>
public sealed record MappingValidationContext
{
    public static MappingValidationContext None { get; } = new();

    /// <summary>Allowed canonical values per canonical field (e.g. the sg_productline, sg_region, sg_customersegment
    /// option values). A field absent here is not checked, except state, whose values the product defines.</summary>
    public IReadOnlyDictionary<string, IReadOnlyCollection<string>> AllowedCanonicalValues { get; init; } =
        new Dictionary<string, IReadOnlyCollection<string>>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The Dataverse users explicit user rows may point at; null skips the user checks.</summary>
    public IReadOnlyList<DataverseUser>? Users { get; init; }

    /// <summary>ISO codes of the organisation's transaction currencies; null accepts any well-formed code.</summary>
    public IReadOnlyCollection<string>? KnownCurrencies { get; init; }
}
