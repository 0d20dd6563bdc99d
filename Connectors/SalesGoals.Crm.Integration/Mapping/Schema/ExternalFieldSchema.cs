using System.Collections.Generic;

namespace SalesGoals.Crm.Integration.Mapping.Schema;

/// <summary>One field as the vendor's metadata describes it (Zoho fields metadata, Fenxiang describe).</summary>
/// <param name="ApiName">The field's API name.</param>
/// <param name="Type">What the field holds.</param>
/// <param name="IsRequired">The vendor rejects a create without it.</param>
/// <param name="OptionValues">Stored option values of a picklist (values, not labels); empty otherwise.</param>
/// <param name="IsReadOnly">Maintained by the vendor (ids, audit times): never written.</param>
public sealed record ExternalFieldSchema(
    string ApiName,
    ExternalFieldType Type,
    bool IsRequired = false,
    IReadOnlyList<string>? OptionValues = null,
    bool IsReadOnly = false)
{
    public IReadOnlyList<string> Options => OptionValues ?? [];
}
