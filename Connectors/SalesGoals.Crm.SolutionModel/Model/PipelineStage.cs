namespace SalesGoals.Crm.SolutionModel.Model;

/// <summary>The event pipeline's stages as Dataverse numbers them (sdkmessageprocessingstep.stage and
/// IExecutionContext.Stage are plain integers, so these are constants, not an enum).</summary>
public static class PipelineStage
{
    /// <summary>Before the transaction of a top-level call; a step may reject the operation.</summary>
    public const int PreValidation = 10;

    /// <summary>Inside the transaction, before the core operation; a step may change the target.</summary>
    public const int PreOperation = 20;

    /// <summary>The core operation (the platform's own, or a Custom API's plug-in). No step registers here.</summary>
    public const int MainOperation = 30;

    /// <summary>Inside the transaction, after the core operation; asynchronous steps run after it.</summary>
    public const int PostOperation = 40;
}
