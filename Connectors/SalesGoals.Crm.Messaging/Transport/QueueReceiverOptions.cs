namespace SalesGoals.Crm.Messaging.Transport;

public sealed class QueueReceiverOptions
{
    /// <summary>Messages the broker may push ahead of processing. Kept small: the lock clock starts on hand-over.</summary>
    public int PrefetchCount { get; set; } = 1;

    /// <summary>Read the queue's dead-letter queue instead of the queue.</summary>
    public bool DeadLetterQueue { get; set; }
}
