namespace SalesGoals.Crm.Worker.Hosting;

/// <summary>The <c>ServiceBus</c> section: the queue the worker consumes and sends its own work to.</summary>
public sealed class ServiceBusOptions
{
    public const string SectionName = "ServiceBus";

    /// <summary>Secret: from the environment (<c>ServiceBus__ConnectionString</c>) or a secret store.</summary>
    public string ConnectionString { get; set; } = string.Empty;

    public string QueueName { get; set; } = "salesgoals-events";
}
