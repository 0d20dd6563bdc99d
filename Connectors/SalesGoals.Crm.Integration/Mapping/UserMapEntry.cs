using System;

namespace SalesGoals.Crm.Integration.Mapping;

/// <summary>An explicit pairing of an external user with a Dataverse user.</summary>
public sealed record UserMapEntry(string ExternalUserId, Guid SystemUserId, string? Email = null);
