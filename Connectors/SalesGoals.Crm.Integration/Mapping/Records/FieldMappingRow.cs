namespace SalesGoals.Crm.Integration.Mapping.Records;

/// <summary>One sg_fieldmapping row, columns as Dataverse stores them (choices as option values).</summary>
/// <param name="System">sg_system (sg_externalsystem option value).</param>
/// <param name="ExternalObject">sg_externalobject.</param>
/// <param name="ExternalField">sg_externalfield.</param>
/// <param name="CanonicalField">sg_canonicalfield: a canonical field name, or <c>entity.field</c> when the object alone does not tell the entity.</param>
/// <param name="Direction">sg_direction option value.</param>
/// <param name="Transform">sg_transform: <c>valuemap:&lt;name&gt;</c> and/or informational format hints, separated by ';'.</param>
/// <param name="Name">sg_name, a readable label.</param>
public sealed record FieldMappingRow(
    int System,
    string ExternalObject,
    string ExternalField,
    string CanonicalField,
    int Direction,
    string? Transform = null,
    string? Name = null);
