using System;

namespace SalesGoals.Crm.Sandbox;

/// <summary>A seeded person: their Dataverse user and, where they have one, their Zoho user and Fenxiang employee id.</summary>
public sealed record SandboxPerson(string FullName, string Email, Guid UserId, string? ZohoUserId, string? FenxiangEmployeeId);
