using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.Integration.Mapping.Catalog;
using SalesGoals.Crm.Integration.Mapping.Schema;

namespace SalesGoals.Crm.Integration.Mapping.Validation;

/// <summary>Checks one object map: objects and fields exist, types fit, nothing mapped twice, required fields present.</summary>
internal sealed class ObjectMapValidator(
    CrmMapping mapping,
    ObjectMap objectMap,
    ExternalObjectSchema? schema,
    MappingValidationContext context,
    List<MappingProblem> problems)
{
    private readonly CanonicalEntityDefinition? _entity = CanonicalFieldCatalog.Entity(objectMap.CanonicalEntity);

    private string ObjectName => objectMap.ExternalObject;

    public void Validate()
    {
        if (_entity is null)
        {
            Add(MappingProblemCode.UnknownCanonicalEntity, null, objectMap.CanonicalEntity,
                $"Object '{ObjectName}' is mapped to canonical entity '{objectMap.CanonicalEntity}', which does not exist; use '{ObjectMap.DealEntity}' or '{ObjectMap.GoalProgressEntity}'.");
        }

        if (schema is null)
        {
            Add(MappingProblemCode.UnknownExternalObject, null, ObjectName,
                $"The {mapping.System} system has no object '{ObjectName}' (API names are case-sensitive).");
        }

        foreach (var field in objectMap.Fields)
        {
            CheckField(field);
        }

        CheckDuplicates();
        CheckRequiredCanonicalFields();
        CheckRequiredExternalFields();
    }

    private void CheckField(FieldMap field)
    {
        var definition = _entity?.Field(field.CanonicalField);
        if (_entity is not null && definition is null)
        {
            Add(MappingProblemCode.UnknownCanonicalField, field.ExternalField, field.CanonicalField,
                $"'{ObjectName}.{field.ExternalField}' is mapped to '{field.CanonicalField}', which is not a {_entity.Name} field; known fields: {string.Join(", ", _entity.Fields.Select(f => f.Name))}.");
        }

        var external = schema?.Field(field.ExternalField);
        if (schema is not null && external is null)
        {
            Add(MappingProblemCode.UnknownExternalField, field.ExternalField, field.ExternalField,
                $"Object '{ObjectName}' has no field '{field.ExternalField}' (API names are case-sensitive).");
        }

        if (definition is not null && external is not null && !CanonicalFieldCatalog.IsCompatible(definition.Type, external.Type))
        {
            Add(MappingProblemCode.TypeMismatch, field.ExternalField, external.Type.ToString(),
                $"'{ObjectName}.{field.ExternalField}' is a {external.Type} field and cannot carry '{definition.Name}', which is {definition.Type}.");
        }

        if (external is { IsReadOnly: true } && field.Direction.Writes())
        {
            Add(MappingProblemCode.ReadOnlyFieldWritten, field.ExternalField, field.Direction.ToString(),
                $"'{ObjectName}.{field.ExternalField}' is maintained by {mapping.System} and cannot be written; map it Inbound.");
        }

        if (definition is not null)
        {
            new FieldValueMapValidator(mapping, objectMap, field, definition, external, context, problems).Validate();
        }
    }

    private void CheckDuplicates()
    {
        var readTwice = objectMap.Fields
            .Where(f => f.Direction.Reads())
            .GroupBy(f => f.CanonicalField, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1);
        foreach (var group in readTwice)
        {
            Add(MappingProblemCode.DuplicateFieldMapping, group.Last().ExternalField, group.Key,
                $"Canonical '{group.Key}' is read from several fields of '{ObjectName}' ({string.Join(", ", group.Select(f => f.ExternalField))}); keep one.");
        }

        var writtenTwice = objectMap.Fields
            .Where(f => f.Direction.Writes())
            .GroupBy(f => f.ExternalField, StringComparer.Ordinal)
            .Where(g => g.Count() > 1);
        foreach (var group in writtenTwice)
        {
            Add(MappingProblemCode.DuplicateFieldMapping, group.Key, group.Key,
                $"'{ObjectName}.{group.Key}' is written from several canonical fields ({string.Join(", ", group.Select(f => f.CanonicalField))}); keep one.");
        }
    }

    private void CheckRequiredCanonicalFields()
    {
        if (_entity is null)
        {
            return;
        }

        var flowsInPrimaryDirection = objectMap.Fields
            .Where(f => _entity.PrimaryDirection == MappingDirection.Inbound ? f.Direction.Reads() : f.Direction.Writes())
            .Select(f => f.CanonicalField)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var group in _entity.RequiredGroups.Where(g => !g.Any(flowsInPrimaryDirection.Contains)))
        {
            var names = string.Join(" or ", group);
            Add(MappingProblemCode.RequiredFieldUnmapped, names, null,
                $"A {_entity.Name} needs {string.Join(" or ", group.Select(n => $"'{n}'"))}, and no field of '{ObjectName}' is mapped to it {_entity.PrimaryDirection.ToString().ToLowerInvariant()}.");
        }
    }

    private void CheckRequiredExternalFields()
    {
        if (schema is null || !objectMap.Fields.Any(f => f.Direction.Writes()))
        {
            return;
        }

        var written = objectMap.Fields.Where(f => f.Direction.Writes()).Select(f => f.ExternalField).ToHashSet(StringComparer.Ordinal);
        foreach (var field in schema.Fields.Where(f => f.IsRequired && !f.IsReadOnly && !written.Contains(f.ApiName)))
        {
            Add(MappingProblemCode.ExternalRequiredFieldUnmapped, field.ApiName, null,
                $"'{ObjectName}.{field.ApiName}' is required by {mapping.System} and nothing is written to it; map a canonical field outbound to it.");
        }
    }

    private void Add(MappingProblemCode code, string? field, string? value, string message) =>
        problems.Add(new(code, ObjectName, field, value, message));
}
