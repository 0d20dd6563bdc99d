namespace SalesGoals.Crm.SolutionModel.Model;

/// <summary>How a step runs (sdkmessageprocessingstep.mode, IExecutionContext.Mode).</summary>
public static class StepMode
{
    /// <summary>In the caller's request and transaction.</summary>
    public const int Synchronous = 0;

    /// <summary>Queued as a system job after the operation commits (PostOperation only).</summary>
    public const int Asynchronous = 1;
}
