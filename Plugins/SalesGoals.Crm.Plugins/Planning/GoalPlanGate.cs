using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.Plugins.Planning;

/// <summary>
/// sg_ApplyGoalPlan checks the whole tree once with the goal engine (<see cref="GoalPlanValidator"/>) before it writes,
/// and then writes thousands of goals with CreateMultiple / UpdateMultiple. The goal steps nested in those writes would
/// check every goal again against its siblings and children (≈ 87 requests a goal) and rebuild each activated goal's
/// subtree; inside a validated apply they stand aside and the caller drives one sg_RecalculateGoal of the plan's root.
/// The claim is unforgeable like <see cref="Adjustments.ApprovedAdjustmentGate"/>: it counts only on the stage-30 context
/// of sg_ApplyGoalPlan itself (request parameters never reach SharedVariables), and that plug-in opens it only after
/// the validation passed.
/// </summary>
public static class GoalPlanGate
{
    public const string Variable = "sg_ValidatedGoalPlan";

    /// <summary>Called by sg_ApplyGoalPlan once the plan passed the engine's checks, before its first write.</summary>
    public static void Open(IPluginExecutionContext context) => context.SharedVariables[Variable] = true;

    /// <summary>True when this operation is one of a validated plan's writes.</summary>
    public static bool IsOpen(IPluginExecutionContext context)
    {
        for (var current = context; current != null; current = current.ParentContext)
        {
            if (current.Stage == 30
                && current.MessageName == ApplyGoalPlan.MessageName
                && current.SharedVariables.TryGetValue(Variable, out var value)
                && value is true)
            {
                return true;
            }
        }

        return false;
    }
}
