using System;
using System.Collections.Generic;
using System.Linq;

namespace SalesGoals.Crm.Integration.Mapping.Validation;

/// <summary>Checks ops' explicit user table: no external user twice, every row pointing at an active Dataverse user.</summary>
internal static class UserTableValidator
{
    public static void Validate(IReadOnlyList<UserMapEntry> users, MappingValidationContext context, List<MappingProblem> problems)
    {
        foreach (var group in users.GroupBy(u => u.ExternalUserId, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add(new(MappingProblemCode.DuplicateExternalUser, null, null, group.Key,
                $"External user '{group.Key}' appears {group.Count()} times in the user table; keep one row."));
        }

        if (context.Users is not { } dataverseUsers)
        {
            return;
        }

        foreach (var entry in users)
        {
            var target = dataverseUsers.FirstOrDefault(u => u.Id == entry.SystemUserId);
            if (target is null)
            {
                problems.Add(new(MappingProblemCode.UserNotFound, null, null, entry.ExternalUserId,
                    $"External user '{entry.ExternalUserId}' is mapped to Dataverse user {entry.SystemUserId}, which does not exist."));
            }
            else if (!target.IsActive)
            {
                problems.Add(new(MappingProblemCode.UserDisabled, null, null, entry.ExternalUserId,
                    $"External user '{entry.ExternalUserId}' is mapped to '{target.FullName ?? target.Email ?? target.Id.ToString()}', who is disabled in Dataverse."));
            }
        }
    }
}
