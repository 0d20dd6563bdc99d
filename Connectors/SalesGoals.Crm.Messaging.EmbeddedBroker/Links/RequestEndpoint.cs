using System;
using Amqp;
using Amqp.Framing;
using Amqp.Listener;
using SalesGoals.Crm.Messaging.EmbeddedBroker.Security;

namespace SalesGoals.Crm.Messaging.EmbeddedBroker.Links;

/// <summary>
/// The request half of a Service Bus request/response node (<c>$cbs</c>, <c>&lt;queue&gt;/$management</c>):
/// answers go back on the connection's link whose target address equals the request's reply-to.
/// </summary>
internal sealed class RequestEndpoint : LinkEndpoint
{
    private readonly ConnectionGrant _connection;
    private readonly Func<Message, Message> _handle;

    public RequestEndpoint(ConnectionGrant connection, Func<Message, Message> handle)
    {
        _connection = connection;
        _handle = handle;
    }

    public override void OnMessage(MessageContext messageContext)
    {
        Message request = messageContext.Message;
        ListenerLink? replyLink = _connection.FindReplyLink(request.Properties?.ReplyTo);
        if (replyLink is null)
        {
            messageContext.Complete(new Error(ErrorCode.InvalidField) { Description = "reply-to does not name an attached receiving link." });
            return;
        }

        Message response = _handle(request);
        response.Properties ??= new Properties();
        response.Properties.SetCorrelationId(request.Properties?.GetMessageId());
        messageContext.Complete();
        try
        {
            replyLink.SendMessage(response);
        }
        catch (AmqpException)
        {
            // The client dropped its reply link; it will time out and retry.
        }
    }

    public override void OnFlow(FlowContext flowContext)
    {
    }

    public override void OnDisposition(DispositionContext dispositionContext)
    {
        dispositionContext.Complete();
    }

    public static Message Response(int statusCode, string description, object? body = null)
    {
        var response = new Message(body) { ApplicationProperties = new ApplicationProperties() };
        response.ApplicationProperties["status-code"] = statusCode;
        response.ApplicationProperties["statusCode"] = statusCode;
        response.ApplicationProperties["status-description"] = description;
        response.ApplicationProperties["statusDescription"] = description;
        return response;
    }
}
