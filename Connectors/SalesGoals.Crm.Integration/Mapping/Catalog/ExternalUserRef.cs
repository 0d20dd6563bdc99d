namespace SalesGoals.Crm.Integration.Mapping.Catalog;

/// <summary>A user as an external record names it: the vendor's user id, and the e-mail when the payload carries it.</summary>
public sealed record ExternalUserRef(string Id, string? Email = null);
