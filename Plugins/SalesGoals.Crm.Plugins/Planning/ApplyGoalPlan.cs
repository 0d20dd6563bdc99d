using System;
using System.IO;
using System.Runtime.Serialization;
using System.Runtime.Serialization.Json;
using System.Text;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Infrastructure;

namespace SalesGoals.Crm.Plugins.Planning;

/// <summary>
/// Custom API sg_ApplyGoalPlan (Solution/customapis/sg_ApplyGoalPlan): writes a decomposed goal plan, in one transaction
/// when its writes fit one slice, else in bounded slices (<see cref="GoalPlanService"/>, <see cref="GoalPlanBudget"/>).
/// In: Plan (String, JSON <see cref="GoalPlanDocument"/>), Continuation (String, optional: the previous call's).
/// Out: Created, Updated, Unchanged, Activated (Integer, totals so far), Removed (String, JSON array of
/// <see cref="GoalPlanRemoval"/>: goals below the plan's goals that it no longer names; from the first call),
/// Continuation (String, empty when done), Done (Boolean), RecalculateGoalId (Guid: the root to recalculate, else empty).
/// The goals are written as the caller; the whole plan is checked with the engine's rules before the first write.
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
    public const string ContinuationParameter = "Continuation";
    public const string ContinuationOutput = "Continuation";
    public const string DoneOutput = "Done";
    public const string RecalculateGoalIdOutput = "RecalculateGoalId";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        // Stryker disable once Conditional,NullCoalescing : Plan is a required parameter of the Custom API; the platform refuses a call without it.
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

        var input = context.Execution.InputParameters;
        var continuation = input.Contains(ContinuationParameter) ? input[ContinuationParameter] as string : null;
        var result = new GoalPlanService(
                context.UserService,
                context.UserLanguage,
                () => Goals.ActorResolver.Resolve(context.SystemService, context.Execution.InitiatingUserId),
                () => GoalPlanGate.Open(context.Execution))
            .Apply(plan, GoalPlanContinuation.FingerprintOf(text ?? string.Empty), continuation);
        // Stryker disable once String : a Custom API's trace is kept only with a fault, and nothing after this line can fail.
        context.Trace("sg_ApplyGoalPlan: {0} created, {1} updated, {2} activated so far, done {3}", result.Created, result.Updated, result.Activated, result.Done);
        var output = context.Execution.OutputParameters;
        output[CreatedOutput] = result.Created;
        output[UpdatedOutput] = result.Updated;
        output[UnchangedOutput] = result.Unchanged;
        output[ActivatedOutput] = result.Activated;
        using var removed = new MemoryStream();
        new DataContractJsonSerializer(typeof(System.Collections.Generic.List<GoalPlanRemoval>)).WriteObject(removed, new System.Collections.Generic.List<GoalPlanRemoval>(result.Removed));
        output[RemovedOutput] = Encoding.UTF8.GetString(removed.ToArray());
        output[ContinuationOutput] = result.Continuation;
        output[DoneOutput] = result.Done;
        output[RecalculateGoalIdOutput] = result.RecalculateGoalId ?? Guid.Empty;
    }
}
