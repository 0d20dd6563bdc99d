namespace SalesGoals.Crm.GoalEngine.Metrics;

/// <summary>Engine-level states of a source record; the plug-ins map statecode/statuscode to these.</summary>
public static class SourceStates
{
    public const string Open = "open";
    public const string Won = "won";
    public const string Lost = "lost";
    public const string Completed = "completed";
    public const string Created = "created";
    public const string Paid = "paid";
}
