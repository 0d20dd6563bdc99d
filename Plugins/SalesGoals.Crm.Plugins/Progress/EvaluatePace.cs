using System;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Infrastructure;

namespace SalesGoals.Crm.Plugins.Progress;

/// <summary>
/// Custom API sg_EvaluatePace (Solution/customapis/sg_EvaluatePace): re-evaluates the pace of active
/// goals as of an instant, one page per call. In: AsOf (DateTime, optional, default now),
/// StartAfterGoalId (Guid, optional), PageSize (Integer, optional, 1–500, default 200). Out: Evaluated,
/// StatusChanged, AtRisk, Closed (Integer; goals whose period ended before AsOf's day are closed with their final
/// figures), NextGoalId (Guid; empty when done). The worker's daily sweep
/// calls it until NextGoalId is empty.
/// </summary>
public sealed class EvaluatePace : PluginBase
{
    public const string MessageName = "sg_EvaluatePace";
    public const string AsOfParameter = "AsOf";
    public const string StartAfterParameter = "StartAfterGoalId";
    public const string PageSizeParameter = "PageSize";
    public const string EvaluatedOutput = "Evaluated";
    public const string StatusChangedOutput = "StatusChanged";
    public const string AtRiskOutput = "AtRisk";
    public const string NextGoalIdOutput = "NextGoalId";
    public const string ClosedOutput = "Closed";
    public const int DefaultPageSize = 200;
    public const int MaxPageSize = 500;

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var input = context.Execution.InputParameters;
        var asOf = input.Contains(AsOfParameter) && input[AsOfParameter] is DateTime at
            ? new DateTimeOffset(DateTime.SpecifyKind(at, at.Kind == DateTimeKind.Local ? DateTimeKind.Local : DateTimeKind.Utc)).ToUniversalTime()
            : context.Clock.UtcNow;
        var startAfter = input.Contains(StartAfterParameter) && input[StartAfterParameter] is Guid id ? id : (Guid?)null;
        var pageSize = input.Contains(PageSizeParameter) && input[PageSizeParameter] is int size ? size : DefaultPageSize;
        if (pageSize is < 1 or > MaxPageSize)
        {
            throw new InvalidPluginExecutionException(LocalText.In(
                context.UserLanguage,
                $"PageSize must be between 1 and {MaxPageSize} (got {pageSize}).",
                $"PageSize 必须在 1 到 {MaxPageSize} 之间（收到 {pageSize}）。"));
        }

        var result = PluginServices.For(context).PaceSweep(asOf).Evaluate(startAfter, pageSize);
        var output = context.Execution.OutputParameters;
        output[EvaluatedOutput] = result.Evaluated;
        output[StatusChangedOutput] = result.StatusChanged;
        output[AtRiskOutput] = result.AtRisk;
        output[NextGoalIdOutput] = result.NextGoalId;
        output[ClosedOutput] = result.Closed;
    }
}
