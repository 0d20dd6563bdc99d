using System;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Infrastructure;

namespace SalesGoals.Crm.Plugins.Recalculation;

/// <summary>Custom API sg_RecalculateGoal: GoalId (Guid) in, Actual (decimal) out. Rebuilds the goal's (sub)tree.</summary>
public sealed class RecalculateGoal : PluginBase
{
    public const string MessageName = "sg_RecalculateGoal";
    public const string GoalIdParameter = "GoalId";
    public const string ActualParameter = "Actual";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var input = context.Execution.InputParameters;
        var goalId = input.Contains(GoalIdParameter) && input[GoalIdParameter] is Guid id && id != Guid.Empty
            ? id
            : throw new InvalidPluginExecutionException("sg_RecalculateGoal needs the GoalId of the goal to recalculate.");
        var totals = RecalculationServices.Create(context).Recalculate(goalId);
        context.Execution.OutputParameters[ActualParameter] = totals.Numerator;
    }
}
