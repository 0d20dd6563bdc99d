namespace SalesGoals.Crm.LocalDataverse.Concurrency;

/// <summary>Where in an operation a checkpoint fires.</summary>
public enum PipelinePoint
{
    /// <summary>Before the steps of a stage run (stage 30 = the core operation).</summary>
    BeforeStage,

    /// <summary>After the steps of a stage ran.</summary>
    AfterStage,
}
