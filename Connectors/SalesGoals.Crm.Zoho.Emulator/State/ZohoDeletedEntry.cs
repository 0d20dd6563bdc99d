using System;

namespace SalesGoals.Crm.Zoho.Emulator.State;

/// <summary>A deleted record: <c>recycle</c> keeps its name and users, <c>permanent</c> keeps only id and time.</summary>
public sealed record ZohoDeletedEntry(string Module, string Id, string? DisplayName, string Type, DateTimeOffset DeletedTime, ZohoUserEntry? DeletedBy, ZohoUserEntry? CreatedBy);
