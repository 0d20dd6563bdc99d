namespace SalesGoals.Crm.Integration.Mapping.Json;

internal sealed record FieldMapDocument(
    string ExternalField,
    string CanonicalField,
    MappingDirection Direction = MappingDirection.Inbound,
    string? ValueMap = null);
