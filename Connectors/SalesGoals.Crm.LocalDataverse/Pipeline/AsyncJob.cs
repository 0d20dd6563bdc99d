namespace SalesGoals.Crm.LocalDataverse.Pipeline;

/// <summary>An asynchronous step queued by a committed operation (Dataverse's system job).</summary>
internal sealed record AsyncJob(RegisteredStep Step, LocalPluginExecutionContext Context);
