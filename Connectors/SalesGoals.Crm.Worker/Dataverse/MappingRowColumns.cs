using System;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Integration.Mapping.Records;
using C = SalesGoals.Crm.Integration.Mapping.Records.MappingColumns;

namespace SalesGoals.Crm.Worker.Dataverse;

/// <summary>Mapping rows ⇄ sg_fieldmapping / sg_valuemapping / sg_usermapping entities (keys set as alternate keys).</summary>
public static class MappingRowColumns
{
    public static FieldMappingRow ReadField(Entity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new FieldMappingRow(
            Option(row, C.System),
            row.GetAttributeValue<string>(C.ExternalObject) ?? string.Empty,
            row.GetAttributeValue<string>(C.ExternalField) ?? string.Empty,
            row.GetAttributeValue<string>(C.CanonicalField) ?? string.Empty,
            Option(row, C.Direction),
            row.GetAttributeValue<string>(C.Transform),
            row.GetAttributeValue<string>(C.Name));
    }

    public static ValueMappingRow ReadValue(Entity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new ValueMappingRow(
            Option(row, C.System),
            Option(row, C.Kind),
            row.GetAttributeValue<string>(C.ExternalValue) ?? string.Empty,
            row.GetAttributeValue<string>(C.CanonicalValue) ?? string.Empty,
            row.GetAttributeValue<string>(C.Name));
    }

    public static UserMappingRow ReadUser(Entity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new UserMappingRow(
            Option(row, C.System),
            row.GetAttributeValue<string>(C.ExternalUserId) ?? string.Empty,
            row.GetAttributeValue<string>(C.ExternalEmail),
            row.GetAttributeValue<EntityReference>(C.UserId)?.Id ?? Guid.Empty,
            row.GetAttributeValue<string>(C.Name));
    }

    public static Entity Write(FieldMappingRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var entity = new Entity(C.FieldMappingTable);
        entity.KeyAttributes[C.System] = new OptionSetValue(row.System);
        entity.KeyAttributes[C.ExternalObject] = row.ExternalObject;
        entity.KeyAttributes[C.CanonicalField] = row.CanonicalField;
        entity.KeyAttributes[C.Direction] = new OptionSetValue(row.Direction);
        entity[C.ExternalField] = row.ExternalField;
        entity[C.Transform] = row.Transform;
        entity[C.Name] = row.Name ?? $"{row.ExternalObject}.{row.ExternalField} → {row.CanonicalField}";
        return entity;
    }

    public static Entity Write(ValueMappingRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var entity = new Entity(C.ValueMappingTable);
        entity.KeyAttributes[C.System] = new OptionSetValue(row.System);
        entity.KeyAttributes[C.Kind] = new OptionSetValue(row.Kind);
        entity.KeyAttributes[C.ExternalValue] = row.ExternalValue;
        entity[C.CanonicalValue] = row.CanonicalValue;
        entity[C.Name] = row.Name ?? $"{row.ExternalValue} → {row.CanonicalValue}";
        return entity;
    }

    public static Entity Write(UserMappingRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var entity = new Entity(C.UserMappingTable);
        entity.KeyAttributes[C.System] = new OptionSetValue(row.System);
        entity.KeyAttributes[C.ExternalUserId] = row.ExternalUserId;
        entity[C.ExternalEmail] = row.ExternalEmail;
        entity[C.UserId] = new EntityReference("systemuser", row.UserId);
        entity[C.Name] = row.Name ?? row.ExternalUserId;
        return entity;
    }

    private static int Option(Entity row, string column) => row.GetAttributeValue<OptionSetValue>(column)?.Value ?? 0;
}
