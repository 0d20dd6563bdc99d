using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Rules;

namespace SalesGoals.Crm.Plugins.Goals;

/// <summary>Checks goals.md §5 for a goal row being created, edited, activated or deleted.</summary>
public interface IGoalRuleService
{
    /// <summary>Checks a new goal and fills the columns the plug-ins own on the target (scope key, owner, lock).</summary>
    void CheckCreate(Entity target, ActingUser actor);

    /// <summary>Checks an edit (target holds the changed columns, stored the row before) and fills the owned columns.</summary>
    void CheckUpdate(Entity target, Entity stored, ActingUser actor, EditContext edit);

    /// <summary>Checks that a goal may be deleted (only Draft goals; locked goals never).</summary>
    void CheckDelete(Entity stored, ActingUser actor);
}
