using Amqp.Framing;
using Amqp.Listener;
using SalesGoals.Crm.Messaging.EmbeddedBroker.Queues;

namespace SalesGoals.Crm.Messaging.EmbeddedBroker.Links;

/// <summary>A client's sending link into a queue: every message is accepted, dropped as duplicate, or rejected with a reason.</summary>
internal sealed class QueueTargetEndpoint : LinkEndpoint
{
    private readonly BrokerQueue _queue;
    private readonly int _maxMessageSizeBytes;

    public QueueTargetEndpoint(BrokerQueue queue, int maxMessageSizeBytes)
    {
        _queue = queue;
        _maxMessageSizeBytes = maxMessageSizeBytes;
    }

    public override void OnMessage(MessageContext messageContext)
    {
        try
        {
            int size = AmqpMessages.BodySize(messageContext.Message);
            if (size > _maxMessageSizeBytes)
            {
                throw new BrokerException(ServiceBusConditions.MessageSizeExceeded,
                    $"The message body is {size} bytes; the limit is {_maxMessageSizeBytes}.");
            }

            _queue.Enqueue(messageContext.Message);
            messageContext.Complete();
        }
        catch (BrokerException exception)
        {
            messageContext.Complete(new Error(exception.Condition) { Description = exception.Message });
        }
    }

    public override void OnFlow(FlowContext flowContext)
    {
    }

    public override void OnDisposition(DispositionContext dispositionContext)
    {
        dispositionContext.Complete();
    }
}
