namespace SalesGoals.Crm.Messaging.EmbeddedBroker.Queues;

/// <summary>Counts for one entity, as the Service Bus portal shows them.</summary>
public sealed record QueueStatistics(
    string Name,
    int ActiveMessageCount,
    int LockedMessageCount,
    int ScheduledMessageCount,
    int DeadLetterMessageCount,
    long DuplicatesDropped);
