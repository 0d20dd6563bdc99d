using System;
using System.IO;
using System.Runtime.Serialization;
using System.Runtime.Serialization.Json;
using System.Text;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Infrastructure;

namespace SalesGoals.Crm.Plugins.Planning;

/// <summary>
/// Custom API sg_ApplyGoalPlan (Solution/customapis/sg_ApplyGoalPlan): writes a decomposed goal plan in one transaction.
/// In: Plan (String, JSON <see cref="GoalPlanDocument"/>). Out: Created, Updated, Unchanged, Activated (Integer), Removed
/// (String, JSON array of <see cref="GoalPlanRemoval"/>: goals below the plan's goals that it no longer names).
/// The goals are written as the caller, so the goal steps enforce every rule (rights, tiers, hierarchy, allocation).
/// </summary>
public sealed class ApplyGoalPlan : PluginBase
{
    public const string MessageName = "sg_ApplyGoalPlan";
    public const string PlanParameter = "Plan";
    public const string CreatedOutput = "Created";
    public const string UpdatedOutput = "Updated";
    public const string UnchangedOutput = "Unchanged";
    public const string ActivatedOutput = "Activated";
    public const string RemovedOutput = "Removed";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var text = context.Execution.InputParameters.Contains(PlanParameter) ? context.Execution.InputParameters[PlanParameter] as string : null;
        GoalPlanDocument? plan;
        try
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text ?? string.Empty));
            plan = new DataContractJsonSerializer(typeof(GoalPlanDocument)).ReadObject(stream) as GoalPlanDocument;
        }
        catch (SerializationException exception)
        {
            throw new InvalidPluginExecutionException(GoalPlanTexts.BadDocument(context.UserLanguage, exception.Message));
        }

        if (plan == null)
        {
            throw new InvalidPluginExecutionException(GoalPlanTexts.BadDocument(context.UserLanguage, "empty"));
        }

        var result = new GoalPlanService(context.UserService, context.UserLanguage).Apply(plan);
        var output = context.Execution.OutputParameters;
        output[CreatedOutput] = result.Created;
        output[UpdatedOutput] = result.Updated;
        output[UnchangedOutput] = result.Unchanged;
        output[ActivatedOutput] = result.Activated;
        using var removed = new MemoryStream();
        new DataContractJsonSerializer(typeof(System.Collections.Generic.List<GoalPlanRemoval>)).WriteObject(removed, new System.Collections.Generic.List<GoalPlanRemoval>(result.Removed));
        output[RemovedOutput] = Encoding.UTF8.GetString(removed.ToArray());
    }
}
