using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.Integration.Mapping.Normalization;

namespace SalesGoals.Crm.Integration.Mapping.Records;

/// <summary>Mapping → rows.</summary>
internal static class MappingRowWriter
{
    public static MappingRowSet Write(CrmMapping mapping)
    {
        var errors = new List<string>();
        var normalized = MappingNormalizer.Normalize(mapping);
        var system = MappingOptionValues.SystemOption(mapping.System) ?? 0;
        if (system == 0)
        {
            errors.Add($"System {mapping.System} has no sg_externalsystems option; only external systems' mappings are stored.");
        }

        var fieldRows = normalized.Objects.SelectMany(o => FieldRowsOf(normalized, o, system, errors)).ToList();
        var valueRows = new List<ValueMappingRow>();
        foreach (var valueMap in normalized.ValueMaps)
        {
            if (MappingOptionValues.KindOption(valueMap.Name) is not { } kind)
            {
                errors.Add($"Value map '{valueMap.Name}' cannot be stored: sg_kind holds only {string.Join(", ", MappingOptionValues.KindMapNames.Values)}.");
                continue;
            }

            foreach (var (external, canonical) in valueMap.Entries)
            {
                CheckLength(errors, $"value map '{valueMap.Name}' external value", external, MappingColumns.ValueMaxLength);
                CheckLength(errors, $"value map '{valueMap.Name}' canonical value", canonical, MappingColumns.ValueMaxLength);
                valueRows.Add(new(system, kind, external, canonical, $"{valueMap.Name}: {external} → {canonical}"));
            }
        }

        var userRows = new List<UserMappingRow>();
        foreach (var user in normalized.Users)
        {
            CheckLength(errors, "external user id", user.ExternalUserId, MappingColumns.ExternalUserIdMaxLength);
            CheckLength(errors, "external e-mail", user.Email, MappingColumns.ExternalEmailMaxLength);
            userRows.Add(new(system, user.ExternalUserId, user.Email, user.SystemUserId, $"{mapping.System} user {user.ExternalUserId}"));
        }

        return errors.Count > 0 ? throw new MappingRecordsException(errors) : new MappingRowSet(fieldRows, valueRows, userRows);
    }

    private static IEnumerable<FieldMappingRow> FieldRowsOf(CrmMapping mapping, ObjectMap objectMap, int system, List<string> errors)
    {
        var sharesExternalObject = mapping.Objects.Count(o => string.Equals(o.ExternalObject, objectMap.ExternalObject, StringComparison.Ordinal)) > 1;
        var inferred = CanonicalEntityInference.Infer(objectMap.Fields.Select(f => f.CanonicalField).ToList(), objectMap.Fields.Select(f => f.Direction).ToList());
        var qualify = sharesExternalObject || !string.Equals(inferred, objectMap.CanonicalEntity, StringComparison.OrdinalIgnoreCase);
        CheckLength(errors, "external object", objectMap.ExternalObject, MappingColumns.ExternalObjectMaxLength);
        foreach (var field in objectMap.Fields)
        {
            var canonical = qualify ? $"{objectMap.CanonicalEntity}.{field.CanonicalField}" : field.CanonicalField;
            var transform = field.ValueMap is null ? null : MappingRecords.ValueMapToken + field.ValueMap;
            CheckLength(errors, "external field", field.ExternalField, MappingColumns.ExternalFieldMaxLength);
            CheckLength(errors, "canonical field", canonical, MappingColumns.CanonicalFieldMaxLength);
            CheckLength(errors, "transform", transform, MappingColumns.TransformMaxLength);
            yield return new FieldMappingRow(system, objectMap.ExternalObject, field.ExternalField, canonical,
                MappingOptionValues.DirectionOption(field.Direction), transform,
                $"{objectMap.ExternalObject}.{field.ExternalField} → {canonical}");
        }
    }

    private static void CheckLength(List<string> errors, string what, string? value, int max)
    {
        if (value is { Length: var length } && length > max)
        {
            errors.Add($"The {what} '{value[..Math.Min(40, length)]}…' is {length} characters; the column holds {max}.");
        }
    }
}
