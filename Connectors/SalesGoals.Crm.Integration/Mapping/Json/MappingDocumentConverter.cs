using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.Integration.Mapping.Normalization;

namespace SalesGoals.Crm.Integration.Mapping.Json;

/// <summary>Converts between the mapping and its file form, and checks what the serializer cannot:
/// blank names, duplicate value map names, empty user ids.</summary>
internal static class MappingDocumentConverter
{
    public static MappingDocument ToDocument(CrmMapping mapping)
    {
        var normalized = MappingNormalizer.Normalize(mapping);
        return new MappingDocument(
            MappingJson.CurrentVersion,
            normalized.System,
            normalized.DefaultCurrency,
            normalized.UserMatch,
            normalized.Objects.Select(o => new ObjectMapDocument(
                o.ExternalObject,
                o.CanonicalEntity,
                o.Fields.Select(f => new FieldMapDocument(f.ExternalField, f.CanonicalField, f.Direction, f.ValueMap)).ToList())).ToList(),
            normalized.ValueMaps.Select(m => new ValueMapDocument(m.Name, m.Entries)).ToList(),
            normalized.Users.Select(u => new UserMapDocument(u.ExternalUserId, u.SystemUserId, u.Email)).ToList());
    }

    public static CrmMapping FromDocument(MappingDocument document)
    {
        var errors = new List<MappingJsonError>();
        RequireText(errors, "$.defaultCurrency", document.DefaultCurrency);
        var nulls = NullElements(document);
        if (nulls.Count > 0)
        {
            throw new MappingJsonException(nulls);
        }

        for (var i = 0; i < document.Objects.Count; i++)
        {
            var objectMap = document.Objects[i];
            RequireText(errors, $"$.objects[{i}].externalObject", objectMap.ExternalObject);
            RequireText(errors, $"$.objects[{i}].canonicalEntity", objectMap.CanonicalEntity);
            for (var j = 0; j < objectMap.Fields.Count; j++)
            {
                var field = objectMap.Fields[j];
                RequireText(errors, $"$.objects[{i}].fields[{j}].externalField", field.ExternalField);
                RequireText(errors, $"$.objects[{i}].fields[{j}].canonicalField", field.CanonicalField);
                if (field.ValueMap is not null)
                {
                    RequireText(errors, $"$.objects[{i}].fields[{j}].valueMap", field.ValueMap);
                }
            }
        }

        var valueMaps = document.ValueMaps ?? [];
        var seenMaps = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < valueMaps.Count; i++)
        {
            RequireText(errors, $"$.valueMaps[{i}].name", valueMaps[i].Name);
            if (!seenMaps.Add(valueMaps[i].Name))
            {
                errors.Add(new($"$.valueMaps[{i}].name", null, $"a value map named '{valueMaps[i].Name}' already appears earlier; names must be unique"));
            }

            foreach (var entry in valueMaps[i].Entries.Where(e => string.IsNullOrWhiteSpace(e.Key) || string.IsNullOrWhiteSpace(e.Value)))
            {
                errors.Add(new($"$.valueMaps[{i}].entries['{entry.Key}']", null, "external and canonical values must both be non-blank strings"));
            }
        }

        var users = document.Users ?? [];
        for (var i = 0; i < users.Count; i++)
        {
            RequireText(errors, $"$.users[{i}].externalUserId", users[i].ExternalUserId);
            if (users[i].SystemUserId == Guid.Empty)
            {
                errors.Add(new($"$.users[{i}].systemUserId", null, "the empty GUID is not a Dataverse user"));
            }
        }

        if (errors.Count > 0)
        {
            throw new MappingJsonException(errors);
        }

        return new CrmMapping
        {
            System = document.System,
            DefaultCurrency = document.DefaultCurrency,
            UserMatch = document.UserMatch,
            Objects = document.Objects.Select(o => new ObjectMap(
                o.ExternalObject,
                o.CanonicalEntity,
                o.Fields.Select(f => new FieldMap(f.ExternalField, f.CanonicalField, f.Direction, f.ValueMap)).ToList())).ToList(),
            ValueMaps = valueMaps.Select(m => new ValueMap(m.Name, new Dictionary<string, string>(m.Entries, StringComparer.Ordinal))).ToList(),
            Users = users.Select(u => new UserMapEntry(u.ExternalUserId, u.SystemUserId, u.Email)).ToList(),
        };
    }

    /// <summary>The serializer accepts null array elements and dictionary values; the file format does not.</summary>
    private static List<MappingJsonError> NullElements(MappingDocument document)
    {
        var errors = new List<MappingJsonError>();
        void Check<T>(IReadOnlyList<T?>? items, string path)
            where T : class
        {
            for (var i = 0; i < (items?.Count ?? 0); i++)
            {
                if (items![i] is null)
                {
                    errors.Add(new($"{path}[{i}]", null, "must be an object, not null"));
                }
            }
        }

        Check(document.Objects, "$.objects");
        for (var i = 0; i < document.Objects.Count; i++)
        {
            Check(document.Objects[i]?.Fields, $"$.objects[{i}].fields");
        }

        Check(document.ValueMaps, "$.valueMaps");
        Check(document.Users, "$.users");
        return errors;
    }

    private static void RequireText(List<MappingJsonError> errors, string path, string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(path, null, "must not be blank"));
        }
    }
}
