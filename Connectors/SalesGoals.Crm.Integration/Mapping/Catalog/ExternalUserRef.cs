namespace SalesGoals.Crm.Integration.Mapping.Catalog;

/// <summary>A user as an external record names it: the vendor's user id, and the e-mail and display name when
/// the payload carries them (Zoho's <c>Owner{id,name,email}</c>, Fenxiang's nested <c>owner__r</c> object).</summary>
public sealed record ExternalUserRef(string Id, string? Email = null, string? Name = null);
