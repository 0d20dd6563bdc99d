using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.Integration.Mapping.Normalization;

namespace SalesGoals.Crm.Integration.Mapping.Records;

/// <summary>Rows → mapping.</summary>
internal static class MappingRowReader
{
    /// <summary>Format hints ops may leave in sg_transform; the system's value format applies them anyway.</summary>
    private static readonly HashSet<string> FormatHints = new(StringComparer.OrdinalIgnoreCase)
    {
        "epoch-ms", "decimal-string", "user-list", "iso-date", "json-number", "owner-object",
    };

    public static CrmMapping Read(ExternalSystem system, MappingRowSet rows, MappingSettings settings)
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
            if (token.StartsWith(MappingRecords.ValueMapToken, StringComparison.OrdinalIgnoreCase) && token.Length > MappingRecords.ValueMapToken.Length && valueMap is null)
            {
                valueMap = token[MappingRecords.ValueMapToken.Length..].Trim();
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
}
