namespace SalesGoals.Crm.Messaging.Transport;

/// <summary>A receiver holding one session's lock: it alone gets that session's messages, in order.</summary>
public interface ISessionReceiver : IQueueReceiver
{
    string SessionId { get; }
}
