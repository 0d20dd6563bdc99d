using Amqp.Framing;
using Amqp.Listener;
using SalesGoals.Crm.Messaging.EmbeddedBroker.Security;

namespace SalesGoals.Crm.Messaging.EmbeddedBroker.Links;

/// <summary>The response half of a request/response node: only carries answers to the client.</summary>
internal sealed class ReplyEndpoint : LinkEndpoint
{
    private readonly ConnectionGrant _connection;
    private readonly string _address;

    public ReplyEndpoint(ConnectionGrant connection, string address)
    {
        _connection = connection;
        _address = address;
    }

    public override void OnMessage(MessageContext messageContext)
    {
        messageContext.Complete(new Error(Amqp.ErrorCode.NotAllowed) { Description = "This link only sends." });
    }

    public override void OnFlow(FlowContext flowContext)
    {
    }

    public override void OnDisposition(DispositionContext dispositionContext)
    {
        dispositionContext.Complete();
    }

    public override void OnLinkClosed(ListenerLink link, Error error)
    {
        _connection.RemoveReplyLink(_address, link);
    }
}
