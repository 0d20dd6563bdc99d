namespace SalesGoals.Crm.Messaging.EmbeddedBroker.Queues;

/// <summary>AMQP error conditions and annotation names Service Bus uses.</summary>
internal static class ServiceBusConditions
{
    public const string DeadLetter = "com.microsoft:dead-letter";
    public const string Timeout = "com.microsoft:timeout";
    public const string SessionCannotBeLocked = "com.microsoft:session-cannot-be-locked";
    public const string SessionLockLost = "com.microsoft:session-lock-lost";
    public const string MessageLockLost = "com.microsoft:message-lock-lost";
    public const string EntityNotFound = "amqp:not-found";
    public const string Unauthorized = "amqp:unauthorized-access";
    public const string InvalidField = "amqp:invalid-field";
    public const string NotAllowed = "amqp:not-allowed";
    public const string MessageSizeExceeded = "amqp:link:message-size-exceeded";

    public const string SessionFilter = "com.microsoft:session-filter";
    public const string SequenceNumber = "x-opt-sequence-number";
    public const string EnqueuedTime = "x-opt-enqueued-time";
    public const string LockedUntil = "x-opt-locked-until";
    public const string LockToken = "x-opt-lock-token";
    public const string ScheduledEnqueueTime = "x-opt-scheduled-enqueue-time";
    public const string DeadLetterSource = "x-opt-deadletter-source";

    public const string DeadLetterReason = "DeadLetterReason";
    public const string DeadLetterErrorDescription = "DeadLetterErrorDescription";
}
