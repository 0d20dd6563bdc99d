using System;

namespace SalesGoals.Crm.Integration.Mapping.Json;

internal sealed record UserMapDocument(string ExternalUserId, Guid SystemUserId, string? Email = null);
