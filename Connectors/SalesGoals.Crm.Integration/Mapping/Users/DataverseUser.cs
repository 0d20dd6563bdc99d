using System;

namespace SalesGoals.Crm.Integration.Mapping.Users;

/// <summary>A Dataverse user (systemuser) as user matching needs it.</summary>
/// <param name="Id">systemuserid.</param>
/// <param name="Email">internalemailaddress.</param>
/// <param name="IsActive">False when the user is disabled (isdisabled): disabled users never resolve.</param>
/// <param name="ExternalId">The user's id in the external system being matched, where the organisation stores it on the user (for <see cref="UserMatchStrategy.ByExternalId"/>).</param>
/// <param name="FullName">fullname, for messages.</param>
public sealed record DataverseUser(Guid Id, string? Email, bool IsActive = true, string? ExternalId = null, string? FullName = null);
