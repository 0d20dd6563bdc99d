namespace SalesGoals.Crm.Integration.Mapping.Catalog;

/// <summary>A reference to another external record: its id and, when the vendor gives it, its display name.</summary>
public sealed record ExternalLookupRef(string Id, string? Name = null);
