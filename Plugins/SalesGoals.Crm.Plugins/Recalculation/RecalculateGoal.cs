using System;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Infrastructure;

namespace SalesGoals.Crm.Plugins.Recalculation;

/// <summary>
/// Custom API sg_RecalculateGoal: rebuilds the goal's (sub)tree one bounded slice per call. In: GoalId (Guid),
/// Continuation (String, optional: the previous slice's; empty resumes the goal's running recalculation or
/// starts one). Out: Actual (decimal, the goal's actual now), Continuation (empty when done), Done (bool),
/// Processed (int: source records and ledger rows this slice checked). Call it until Done; the worker does.
/// </summary>
public sealed class RecalculateGoal : PluginBase
{
    public const string MessageName = "sg_RecalculateGoal";
    public const string GoalIdParameter = "GoalId";
    public const string ContinuationParameter = "Continuation";
    public const string ActualParameter = "Actual";
    public const string ContinuationOutput = "Continuation";
    public const string DoneOutput = "Done";
    public const string ProcessedOutput = "Processed";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var input = context.Execution.InputParameters;
        var goalId = input.Contains(GoalIdParameter) && input[GoalIdParameter] is Guid id && id != Guid.Empty
            ? id
            : throw new InvalidPluginExecutionException(Text(context, "sg_RecalculateGoal needs the GoalId of the goal to recalculate.", "sg_RecalculateGoal 需要要重新计算的目标的 GoalId。"));
        var continuation = input.Contains(ContinuationParameter) ? input[ContinuationParameter] as string : null;
        RecalculationSlice slice;
        try
        {
            slice = PluginServices.For(context).Recalculation(context.Execution.OrganizationId).RunSlice(goalId, continuation);
        }
        catch (GoalNotFoundException)
        {
            throw new InvalidPluginExecutionException(Text(context, $"No goal with id {goalId}.", $"不存在 ID 为 {goalId} 的目标。"));
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or IndexOutOfRangeException)
        {
            throw new InvalidPluginExecutionException(Text(context,
                "The Continuation is not one sg_RecalculateGoal returned for this goal; pass the last slice's Continuation, or none to resume.",
                "Continuation 不是 sg_RecalculateGoal 为该目标返回的续点；请传入上一片返回的 Continuation，或不传以继续。"));
        }

        context.Trace("sg_RecalculateGoal {0}: {1} checked, {2} requests, done {3}", goalId, slice.Processed, slice.Requests, slice.Done);
        var output = context.Execution.OutputParameters;
        output[ActualParameter] = slice.Actual;
        output[ContinuationOutput] = slice.Continuation;
        output[DoneOutput] = slice.Done;
        output[ProcessedOutput] = slice.Processed;
    }

    private static string Text(LocalPluginContext context, string english, string chinese) => LocalText.In(context.UserLanguage, english, chinese);
}
