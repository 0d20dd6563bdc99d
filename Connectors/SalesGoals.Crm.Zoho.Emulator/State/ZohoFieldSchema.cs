using System.Collections.Generic;

namespace SalesGoals.Crm.Zoho.Emulator.State;

/// <summary>A field of an emulated module. Data types follow Zoho's names (text, email, phone,
/// integer, double, currency, percent, date, datetime, boolean, picklist, lookup, ownerlookup).</summary>
public sealed record ZohoFieldSchema(
    string ApiName,
    string DataType,
    bool Mandatory = false,
    bool Unique = false,
    bool Custom = false,
    bool ReadOnly = false,
    string? LookupModule = null)
{
    /// <summary>Allowed values of a picklist (empty: any text is accepted).</summary>
    public IReadOnlyList<string> PickList { get; init; } = [];

    public string Label => ApiName.Replace('_', ' ');
}
