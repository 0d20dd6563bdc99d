using System;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Planning;

namespace SalesGoals.Crm.Plugins.Tests.Planning;

/// <summary>sg_ApplyGoalPlan's outputs, read as a caller reads them.</summary>
internal sealed class GoalPlanResultView(ParameterCollection results)
{
    public int Created { get; } = (int)results[ApplyGoalPlan.CreatedOutput];

    public int Updated { get; } = (int)results[ApplyGoalPlan.UpdatedOutput];

    public int Unchanged { get; } = (int)results[ApplyGoalPlan.UnchangedOutput];

    public int Activated { get; } = (int)results[ApplyGoalPlan.ActivatedOutput];

    public string Continuation { get; } = (string)results[ApplyGoalPlan.ContinuationOutput];

    public Guid? RecalculateGoalId { get; } = (Guid)results[ApplyGoalPlan.RecalculateGoalIdOutput] is var id && id != Guid.Empty ? id : null;
}
