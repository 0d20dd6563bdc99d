using SalesGoals.Crm.Plugins.Recalculation;

namespace SalesGoals.Crm.Worker.Dataverse;

/// <summary>The sg_RecalculateGoal Custom API's name and parameters, taken from the plug-in that implements it.</summary>
internal static class RecalculationApi
{
    public const string MessageName = RecalculateGoal.MessageName;
    public const string GoalId = RecalculateGoal.GoalIdParameter;
    public const string Continuation = RecalculateGoal.ContinuationParameter;
    public const string Actual = RecalculateGoal.ActualParameter;
    public const string NextContinuation = RecalculateGoal.ContinuationOutput;
    public const string Done = RecalculateGoal.DoneOutput;
    public const string Processed = RecalculateGoal.ProcessedOutput;
}
