using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.Integration.Mapping.Catalog;
using SalesGoals.Crm.Integration.Mapping.Schema;

namespace SalesGoals.Crm.Integration.Mapping.Validation;

/// <summary>Checks the value map behind one field map: it exists, covers every picklist option, and only
/// produces canonical values the product knows.</summary>
internal sealed class FieldValueMapValidator(
    CrmMapping mapping,
    ObjectMap objectMap,
    FieldMap fieldMap,
    CanonicalFieldDefinition definition,
    ExternalFieldSchema? external,
    MappingValidationContext context,
    List<MappingProblem> problems)
{
    private string Where => $"'{objectMap.ExternalObject}.{fieldMap.ExternalField}'";

    public void Validate()
    {
        if (definition.ValueMapRule == ValueMapRule.NotAllowed)
        {
            if (fieldMap.ValueMap is not null)
            {
                Add(MappingProblemCode.ValueMapNotAllowed, fieldMap.ValueMap,
                    $"{Where} names value map '{fieldMap.ValueMap}', but '{definition.Name}' ({definition.Type}) is never translated through a value map; remove it.");
            }

            return;
        }

        var mapName = fieldMap.ValueMap ?? definition.DefaultValueMap;
        if (mapName is null)
        {
            return;
        }

        var valueMap = mapping.ValueMapNamed(mapName);
        if (valueMap is null)
        {
            Add(MappingProblemCode.MissingValueMap, mapName,
                $"{Where} is translated through value map '{mapName}', which does not exist; add it.");
            return;
        }

        CheckOptionsCovered(valueMap);
        CheckCanonicalValuesKnown(valueMap);
    }

    private void CheckOptionsCovered(ValueMap valueMap)
    {
        if (external is not { Type: ExternalFieldType.Picklist } || !fieldMap.Direction.Reads())
        {
            return;
        }

        foreach (var option in external.Options.Where(o => valueMap.ToCanonical(o) is null))
        {
            Add(MappingProblemCode.UnmappedOptionValue, option,
                $"Option '{option}' of {Where} has no entry in value map '{valueMap.Name}'; records with it would be skipped.");
        }
    }

    private void CheckCanonicalValuesKnown(ValueMap valueMap)
    {
        var (allowed, comparer) = AllowedValues();
        if (allowed is null)
        {
            return;
        }

        foreach (var entry in valueMap.Entries.Where(e => !allowed.Contains(e.Value, comparer)))
        {
            Add(MappingProblemCode.UnknownCanonicalValue, entry.Value,
                $"Value map '{valueMap.Name}' translates '{entry.Key}' to '{entry.Value}', which is not a known {definition.Name} value; use one of: {string.Join(", ", allowed)}.");
        }

        if (!fieldMap.Direction.Writes())
        {
            return;
        }

        foreach (var value in allowed.Where(v => !valueMap.Entries.Values.Contains(v, StringComparer.OrdinalIgnoreCase)))
        {
            Add(MappingProblemCode.UnmappedCanonicalValue, value,
                $"{Where} is written, but value map '{valueMap.Name}' has no external value for {definition.Name} '{value}'; such records could not be written.");
        }
    }

    private (IReadOnlyCollection<string>? Allowed, StringComparer Comparer) AllowedValues()
    {
        if (definition.KnownValues.Count > 0)
        {
            return (definition.KnownValues, StringComparer.OrdinalIgnoreCase);
        }

        var match = context.AllowedCanonicalValues.FirstOrDefault(p => string.Equals(p.Key, definition.Name, StringComparison.OrdinalIgnoreCase));
        return (match.Value, StringComparer.Ordinal);
    }

    private void Add(MappingProblemCode code, string? value, string message) =>
        problems.Add(new(code, objectMap.ExternalObject, fieldMap.ExternalField, value, message));
}
