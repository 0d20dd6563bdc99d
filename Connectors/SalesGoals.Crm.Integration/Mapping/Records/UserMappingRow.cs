using System;

namespace SalesGoals.Crm.Integration.Mapping.Records;

/// <summary>One sg_usermapping row.</summary>
/// <param name="System">sg_system option value.</param>
/// <param name="ExternalUserId">sg_externaluserid.</param>
/// <param name="ExternalEmail">sg_externalemail.</param>
/// <param name="UserId">sg_userid (systemuserid).</param>
/// <param name="Name">sg_name.</param>
public sealed record UserMappingRow(int System, string ExternalUserId, string? ExternalEmail, Guid UserId, string? Name = null);
