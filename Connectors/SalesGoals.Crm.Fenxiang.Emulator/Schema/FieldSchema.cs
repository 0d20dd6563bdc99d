using System.Collections.Generic;

namespace SalesGoals.Crm.Fenxiang.Emulator.Schema;

/// <summary>One field of an emulated object.</summary>
/// <param name="ApiName">Field apiName (custom fields end in __c).</param>
/// <param name="Type">One of <see cref="FieldTypes"/>.</param>
/// <param name="Label">Display label (never used to store values).</param>
/// <param name="IsRequired">Create fails without it.</param>
/// <param name="Options">Select options: stored value → label.</param>
/// <param name="ReferenceTarget">Target object of an object_reference.</param>
/// <param name="IsUnique">Values must be unique within the object.</param>
/// <param name="IsSystem">Server-maintained; writes to it are ignored.</param>
public sealed record FieldSchema(
    string ApiName,
    string Type,
    string? Label = null,
    bool IsRequired = false,
    IReadOnlyList<KeyValuePair<string, string>>? Options = null,
    string? ReferenceTarget = null,
    bool IsUnique = false,
    bool IsSystem = false);
