using System;
using System.Collections.Generic;
using System.Linq;

namespace SalesGoals.Crm.Zoho.Emulator.State;

/// <summary>An emulated module: its API name, whether it is custom, its fields and the field shown
/// as the record's name (display_name of deleted records).</summary>
public sealed class ZohoModuleSchema
{
    public ZohoModuleSchema(string apiName, string id, bool custom, string nameField, IEnumerable<ZohoFieldSchema> fields, IEnumerable<string>? systemDuplicateCheckFields = null)
    {
        ApiName = apiName;
        Id = id;
        Custom = custom;
        NameField = nameField;
        Fields = fields.ToList();
        Fields.AddRange(SystemFields().Where(system => Field(system.ApiName) is null));
        SystemDuplicateCheckFields = systemDuplicateCheckFields?.ToList() ?? [];
    }

    public string ApiName { get; }

    public string Id { get; }

    public bool Custom { get; }

    public string NameField { get; }

    public List<ZohoFieldSchema> Fields { get; }

    /// <summary>What upsert checks when the body names no duplicate_check_fields (before unique fields).</summary>
    public IReadOnlyList<string> SystemDuplicateCheckFields { get; }

    /// <summary>Fields Zoho keeps on every module; listed by settings/fields, never writable.</summary>
    private static IEnumerable<ZohoFieldSchema> SystemFields() =>
    [
        new("Created_Time", "datetime", ReadOnly: true),
        new("Modified_Time", "datetime", ReadOnly: true),
        new("Created_By", "ownerlookup", ReadOnly: true),
        new("Modified_By", "ownerlookup", ReadOnly: true),
    ];

    public ZohoFieldSchema? Field(string apiName) =>
        Fields.FirstOrDefault(f => string.Equals(f.ApiName, apiName, StringComparison.Ordinal));
}
