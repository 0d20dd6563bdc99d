namespace SalesGoals.Crm.Messaging.Consumers;

public enum IdempotencyState
{
    /// <summary>First time: the caller owns the key until it completes or releases it.</summary>
    Started,

    /// <summary>Already had its effect: settle without running the handler again.</summary>
    AlreadyProcessed,

    /// <summary>Another delivery of the same message is being processed right now.</summary>
    InProgress,
}
