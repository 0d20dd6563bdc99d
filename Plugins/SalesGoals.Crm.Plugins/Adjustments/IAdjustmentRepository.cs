using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.Plugins.Adjustments;

/// <summary>Reads adjustment rows and the organization facts the workflow needs (managers, names, languages).</summary>
public interface IAdjustmentRepository
{
    Entity? Find(Guid adjustmentId);

    IReadOnlyList<Entity> Lines(Guid adjustmentId);

    /// <summary>The user's manager in the organization chart (systemuser.parentsystemuserid), or null.</summary>
    Guid? ManagerOf(Guid userId);

    string NameOf(Guid userId);

    /// <summary>usersettings.uilanguageid of the user; 1033 when unknown.</summary>
    int LanguageOf(Guid userId);

    /// <summary>Users who hold the goal-manager role directly.</summary>
    IReadOnlyList<Guid> GoalManagers();

    IReadOnlyList<Guid> TeamMembers(Guid teamId);
}
