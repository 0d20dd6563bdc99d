using System.Collections.Generic;
using System.Text.Json.Nodes;
using SalesGoals.Crm.Dataverse.WebApi.Client;
using SalesGoals.Crm.Integration.Mapping.Records;
using C = SalesGoals.Crm.Integration.Mapping.Records.MappingColumns;

namespace SalesGoals.Crm.Worker.Dataverse.WebApi;

/// <summary>Mapping rows ⇄ sg_fieldmapping / sg_valuemapping / sg_usermapping as the Web API reads and writes them;
/// writes address each row by its alternate key, so the same defaults written twice stay one row.</summary>
internal static class MappingRowJson
{
    /// <summary>Custom lookups bind through the column's schema name.</summary>
    private const string UserNavigation = "sg_UserId";

    public static IReadOnlyList<string> FieldColumns { get; } =
        [C.System, C.ExternalObject, C.ExternalField, C.CanonicalField, C.Direction, C.Transform, C.Name];

    public static IReadOnlyList<string> ValueColumns { get; } = [C.System, C.Kind, C.ExternalValue, C.CanonicalValue, C.Name];

    public static IReadOnlyList<string> UserColumns { get; } = [C.System, C.ExternalUserId, C.ExternalEmail, $"_{C.UserId}_value", C.Name];

    public static FieldMappingRow ReadField(JsonObject row) => new(
        JsonColumns.Int(row, C.System) ?? 0,
        JsonColumns.Text(row, C.ExternalObject) ?? string.Empty,
        JsonColumns.Text(row, C.ExternalField) ?? string.Empty,
        JsonColumns.Text(row, C.CanonicalField) ?? string.Empty,
        JsonColumns.Int(row, C.Direction) ?? 0,
        JsonColumns.Text(row, C.Transform),
        JsonColumns.Text(row, C.Name));

    public static ValueMappingRow ReadValue(JsonObject row) => new(
        JsonColumns.Int(row, C.System) ?? 0,
        JsonColumns.Int(row, C.Kind) ?? 0,
        JsonColumns.Text(row, C.ExternalValue) ?? string.Empty,
        JsonColumns.Text(row, C.CanonicalValue) ?? string.Empty,
        JsonColumns.Text(row, C.Name));

    public static UserMappingRow ReadUser(JsonObject row) => new(
        JsonColumns.Int(row, C.System) ?? 0,
        JsonColumns.Text(row, C.ExternalUserId) ?? string.Empty,
        JsonColumns.Text(row, C.ExternalEmail),
        JsonColumns.Lookup(row, C.UserId) ?? System.Guid.Empty,
        JsonColumns.Text(row, C.Name));

    public static (string Key, JsonObject Columns) Write(FieldMappingRow row) => (
        ODataKey.Alternate((C.System, row.System), (C.ExternalObject, row.ExternalObject), (C.CanonicalField, row.CanonicalField), (C.Direction, row.Direction)),
        new JsonObject
        {
            [C.ExternalField] = row.ExternalField,
            [C.Transform] = row.Transform,
            [C.Name] = row.Name ?? $"{row.ExternalObject}.{row.ExternalField} → {row.CanonicalField}",
        });

    public static (string Key, JsonObject Columns) Write(ValueMappingRow row) => (
        ODataKey.Alternate((C.System, row.System), (C.Kind, row.Kind), (C.ExternalValue, row.ExternalValue)),
        new JsonObject
        {
            [C.CanonicalValue] = row.CanonicalValue,
            [C.Name] = row.Name ?? $"{row.ExternalValue} → {row.CanonicalValue}",
        });

    public static (string Key, JsonObject Columns) Write(UserMappingRow row) => (
        ODataKey.Alternate((C.System, row.System), (C.ExternalUserId, row.ExternalUserId)),
        new JsonObject
        {
            [C.ExternalEmail] = row.ExternalEmail,
            [UserNavigation + WebApiNames.ODataBind] = JsonColumns.Bind(WebApiNames.SystemUsers, row.UserId),
            [C.Name] = row.Name ?? row.ExternalUserId,
        });
}
