using SalesGoals.Crm.Plugins.Progress;

namespace SalesGoals.Crm.Worker.Dataverse;

/// <summary>The sg_EvaluatePace Custom API's name and parameters, taken from the plug-in that implements it.</summary>
internal static class PaceApi
{
    public const string MessageName = EvaluatePace.MessageName;
    public const string AsOf = EvaluatePace.AsOfParameter;
    public const string StartAfterGoalId = EvaluatePace.StartAfterParameter;
    public const string PageSize = EvaluatePace.PageSizeParameter;
    public const string Evaluated = EvaluatePace.EvaluatedOutput;
    public const string StatusChanged = EvaluatePace.StatusChangedOutput;
    public const string AtRisk = EvaluatePace.AtRiskOutput;
    public const string NextGoalId = EvaluatePace.NextGoalIdOutput;
}
