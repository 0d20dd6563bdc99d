using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.Integration.Mapping.Normalization;

namespace SalesGoals.Crm.Integration.Mapping.Records;

/// <summary>Converts a mapping to and from the rows ops edit in the app (sg_fieldmapping, sg_valuemapping,
/// sg_usermapping). Both ways check everything first and either succeed whole or throw with every reason.</summary>
public static class MappingRecords
{
    private const string ValueMapToken = "valuemap:";

    /// <summary>Format hints ops may leave in sg_transform; the system's value format applies them anyway.</summary>
    private static readonly HashSet<string> FormatHints = new(StringComparer.OrdinalIgnoreCase)
    {
        "epoch-ms", "decimal-string", "user-list", "iso-date", "json-number", "owner-object",
    };

    /// <exception cref="MappingRecordsException">The mapping holds something the tables cannot (a value map other than
    /// stage/region/customersegment/productline/currency, a text longer than its column, the Dataverse system).</exception>
    public static MappingRowSet ToRows(CrmMapping mapping)
    {
        var errors = new List<string>();
        var normalized = MappingNormalizer.Normalize(mapping);
        var system = MappingOptionValues.SystemOption(mapping.System) ?? 0;
        if (system == 0)
        {
            errors.Add($"System {mapping.System} has no sg_externalsystem option; only Zoho and Fenxiang mappings are stored.");
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

    /// <summary>Builds <paramref name="system"/>'s mapping from the rows (rows of other systems are ignored).</summary>
    /// <exception cref="MappingRecordsException">Rows with unknown option values, unknown transforms, blank required
    /// columns, or objects whose canonical entity cannot be told.</exception>
    public static CrmMapping FromRows(ExternalSystem system, MappingRowSet rows, MappingSettings settings)
    {
        var errors = new List<string>();
        var option = MappingOptionValues.SystemOption(system)
            ?? throw new MappingRecordsException([$"System {system} has no sg_externalsystem option."]);

        var objects = ObjectsFrom(rows.FieldRows.Where(r => r.System == option).ToList(), errors);
        var valueMaps = ValueMapsFrom(rows.ValueRows.Where(r => r.System == option).ToList(), errors);
        var users = new List<UserMapEntry>();
        foreach (var row in rows.UserRows.Where(r => r.System == option))
        {
            if (string.IsNullOrWhiteSpace(row.ExternalUserId) || row.UserId == Guid.Empty)
            {
                errors.Add($"sg_usermapping row '{row.Name ?? row.ExternalUserId}': external user id and user are both required.");
                continue;
            }

            users.Add(new UserMapEntry(row.ExternalUserId, row.UserId, string.IsNullOrWhiteSpace(row.ExternalEmail) ? null : row.ExternalEmail));
        }

        if (errors.Count > 0)
        {
            throw new MappingRecordsException(errors);
        }

        return MappingNormalizer.Normalize(new CrmMapping
        {
            System = system,
            Objects = objects,
            ValueMaps = valueMaps,
            Users = users,
            UserMatch = settings.UserMatch,
            DefaultCurrency = settings.DefaultCurrency,
        });
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
            var transform = field.ValueMap is null ? null : ValueMapToken + field.ValueMap;
            CheckLength(errors, "external field", field.ExternalField, MappingColumns.ExternalFieldMaxLength);
            CheckLength(errors, "canonical field", canonical, MappingColumns.CanonicalFieldMaxLength);
            CheckLength(errors, "transform", transform, MappingColumns.TransformMaxLength);
            yield return new FieldMappingRow(system, objectMap.ExternalObject, field.ExternalField, canonical,
                MappingOptionValues.DirectionOption(field.Direction), transform,
                $"{objectMap.ExternalObject}.{field.ExternalField} → {canonical}");
        }
    }

    private static List<ObjectMap> ObjectsFrom(List<FieldMappingRow> rows, List<string> errors)
    {
        var objects = new List<ObjectMap>();
        foreach (var group in rows.GroupBy(r => r.ExternalObject, StringComparer.Ordinal))
        {
            if (string.IsNullOrWhiteSpace(group.Key))
            {
                errors.Add("sg_fieldmapping rows with a blank external object.");
                continue;
            }

            var parsed = group.Select(r => (Row: r, Parts: CanonicalEntityInference.Split(r.CanonicalField), Field: FieldFrom(r, errors))).ToList();
            var plain = parsed.Where(p => p.Parts.Entity is null).ToList();
            string? inferred = null;
            if (plain.Count > 0)
            {
                inferred = CanonicalEntityInference.Infer(plain.Select(p => p.Parts.Field).ToList(), plain.Select(p => p.Field?.Direction ?? MappingDirection.Both).ToList());
                if (inferred is null)
                {
                    errors.Add($"sg_fieldmapping rows of '{group.Key}' do not tell whether it maps a deal or goal progress; write the canonical field as deal.<field> or goalprogress.<field>.");
                    continue;
                }
            }

            foreach (var entity in parsed.GroupBy(p => p.Parts.Entity ?? inferred!, StringComparer.OrdinalIgnoreCase))
            {
                var fields = entity.Where(p => p.Field is not null).Select(p => p.Field! with { CanonicalField = p.Parts.Field }).ToList();
                objects.Add(new ObjectMap(group.Key, entity.Key, fields));
            }
        }

        return objects;
    }

    private static FieldMap? FieldFrom(FieldMappingRow row, List<string> errors)
    {
        var where = $"sg_fieldmapping row {row.ExternalObject}.{row.ExternalField} → {row.CanonicalField}";
        var ok = true;
        if (string.IsNullOrWhiteSpace(row.ExternalField) || string.IsNullOrWhiteSpace(CanonicalEntityInference.Split(row.CanonicalField).Field))
        {
            errors.Add($"{where}: external field and canonical field are both required.");
            ok = false;
        }

        var direction = MappingOptionValues.Direction(row.Direction);
        if (direction is null)
        {
            errors.Add($"{where}: sg_direction {row.Direction} is not Inbound ({MappingOptionValues.Inbound}), Outbound ({MappingOptionValues.Outbound}) or Both ({MappingOptionValues.Both}).");
            ok = false;
        }

        string? valueMap = null;
        foreach (var token in (row.Transform ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (token.StartsWith(ValueMapToken, StringComparison.OrdinalIgnoreCase) && token.Length > ValueMapToken.Length && valueMap is null)
            {
                valueMap = token[ValueMapToken.Length..].Trim();
            }
            else if (!FormatHints.Contains(token))
            {
                errors.Add($"{where}: sg_transform '{token}' is not understood; use valuemap:<name> or one of {string.Join(", ", FormatHints.Order(StringComparer.Ordinal))}.");
                ok = false;
            }
        }

        return ok ? new FieldMap(row.ExternalField, row.CanonicalField, direction!.Value, valueMap) : null;
    }

    private static List<ValueMap> ValueMapsFrom(List<ValueMappingRow> rows, List<string> errors)
    {
        var maps = new List<ValueMap>();
        foreach (var kind in rows.GroupBy(r => r.Kind))
        {
            if (!MappingOptionValues.KindMapNames.TryGetValue(kind.Key, out var name))
            {
                errors.Add($"sg_valuemapping rows with sg_kind {kind.Key}, which is not a known kind.");
                continue;
            }

            var entries = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var row in kind)
            {
                if (string.IsNullOrWhiteSpace(row.ExternalValue) || string.IsNullOrWhiteSpace(row.CanonicalValue))
                {
                    errors.Add($"sg_valuemapping row in '{name}' ('{row.ExternalValue}' → '{row.CanonicalValue}'): both values are required.");
                }
                else if (!entries.TryAdd(row.ExternalValue, row.CanonicalValue))
                {
                    errors.Add($"sg_valuemapping: '{name}' maps external value '{row.ExternalValue}' twice.");
                }
            }

            maps.Add(new ValueMap(name, entries));
        }

        return maps;
    }

    private static void CheckLength(List<string> errors, string what, string? value, int max)
    {
        if (value is { Length: var length } && length > max)
        {
            errors.Add($"The {what} '{value[..Math.Min(40, length)]}…' is {length} characters; the column holds {max}.");
        }
    }
}
