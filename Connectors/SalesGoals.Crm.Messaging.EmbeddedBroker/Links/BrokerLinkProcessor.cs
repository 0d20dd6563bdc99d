using System;
using System.Runtime.CompilerServices;
using Amqp;
using Amqp.Framing;
using Amqp.Listener;
using Amqp.Types;
using SalesGoals.Crm.Messaging.EmbeddedBroker.Queues;
using SalesGoals.Crm.Messaging.EmbeddedBroker.Security;

namespace SalesGoals.Crm.Messaging.EmbeddedBroker.Links;

/// <summary>Routes every attach: <c>$cbs</c>, <c>&lt;queue&gt;/$management</c>, queues and their dead-letter queues.</summary>
internal sealed class BrokerLinkProcessor : ILinkProcessor
{
    private const string CbsAddress = "$cbs";
    private const string ManagementSuffix = "/$management";
    private const int IncomingCredit = 300;

    private readonly Func<string, BrokerQueue?> _findQueue;
    private readonly CbsHandler _cbs;
    private readonly TimeProvider _time;
    private readonly int _maxMessageSizeBytes;
    private readonly ConditionalWeakTable<Connection, ConnectionGrant> _connections = new();

    public BrokerLinkProcessor(Func<string, BrokerQueue?> findQueue, CbsHandler cbs, TimeProvider time, int maxMessageSizeBytes)
    {
        _findQueue = findQueue;
        _cbs = cbs;
        _time = time;
        _maxMessageSizeBytes = maxMessageSizeBytes;
    }

    public void Process(AttachContext attachContext)
    {
        try
        {
            Attach(attachContext);
        }
        catch (BrokerException exception)
        {
            attachContext.Complete(new Error(exception.Condition) { Description = exception.Message });
        }
    }

    private void Attach(AttachContext context)
    {
        ListenerLink link = context.Link;
        Attach attach = context.Attach;
        ConnectionGrant connection = StateOf((ListenerConnection)link.Session.Connection);
        bool clientReceives = attach.Role;
        string address = Path(clientReceives ? (attach.Source as Source)?.Address : (attach.Target as Target)?.Address);

        if (address == CbsAddress)
        {
            AttachRequestResponse(context, connection, request => _cbs.Handle(connection, request));
            return;
        }

        if (address.EndsWith(ManagementSuffix, StringComparison.OrdinalIgnoreCase))
        {
            BrokerQueue managed = Find(address[..^ManagementSuffix.Length]);
            Authorize(connection, address);
            AttachRequestResponse(context, connection, request => ManagementHandler.Handle(managed, request));
            return;
        }

        BrokerQueue queue = Find(address);
        Authorize(connection, address);
        if (!clientReceives)
        {
            if (queue.DeadLetterQueue is null)
            {
                throw new BrokerException(ServiceBusConditions.NotAllowed, "Messages cannot be sent to a dead-letter queue.");
            }

            context.Complete(new QueueTargetEndpoint(queue, _maxMessageSizeBytes), IncomingCredit);
            return;
        }

        var source = (Source)attach.Source;
        var endpoint = new QueueSourceEndpoint(queue, link, sessionId: null);
        if (TryReadSessionFilter(source, out string? requestedSession))
        {
            if (!queue.RequiresSession)
            {
                throw new BrokerException(ServiceBusConditions.InvalidField, $"The queue '{queue.Name}' is not session-enabled.");
            }

            string sessionId = queue.AcceptSession(endpoint.Consumer, requestedSession);
            endpoint.Consumer.SessionId = sessionId;
            source.FilterSet[new Symbol(ServiceBusConditions.SessionFilter)] =
                new DescribedValue(new Symbol(ServiceBusConditions.SessionFilter), sessionId);
        }
        else if (queue.RequiresSession)
        {
            throw new BrokerException(ServiceBusConditions.InvalidField,
                $"The queue '{queue.Name}' requires sessions: receive with a session filter (accept a session).");
        }

        endpoint.Start();
        context.Complete(endpoint, 0);
    }

    private static void AttachRequestResponse(AttachContext context, ConnectionGrant connection, Func<Message, Message> handle)
    {
        if (context.Attach.Role)
        {
            string replyAddress = (context.Attach.Target as Target)?.Address
                ?? throw new BrokerException(ServiceBusConditions.InvalidField, "A reply link needs a target address.");
            connection.AddReplyLink(replyAddress, context.Link);
            context.Complete(new ReplyEndpoint(connection, replyAddress), 0);
        }
        else
        {
            context.Complete(new RequestEndpoint(connection, handle), IncomingCredit);
        }
    }

    private void Authorize(ConnectionGrant connection, string entityPath)
    {
        if (!connection.IsAuthorized(entityPath, _time.GetUtcNow()))
        {
            throw new BrokerException(ServiceBusConditions.Unauthorized,
                $"Unauthorized access to '{entityPath}': authenticate with SASL PLAIN or put a valid token on $cbs first.");
        }
    }

    private BrokerQueue Find(string path) =>
        _findQueue(path) ?? throw new BrokerException(ServiceBusConditions.EntityNotFound, $"The messaging entity '{path}' could not be found.");

    private ConnectionGrant StateOf(ListenerConnection connection) =>
        _connections.GetValue(connection, c => new ConnectionGrant { PlainAuthenticated = ((ListenerConnection)c).Principal is not null });

    private static string Path(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            throw new BrokerException(ServiceBusConditions.InvalidField, "The link address is empty.");
        }

        int scheme = address.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            int slash = address.IndexOf('/', scheme + 3);
            address = slash < 0 ? string.Empty : address[(slash + 1)..];
        }

        return address.Trim('/');
    }

    private static bool TryReadSessionFilter(Source source, out string? sessionId)
    {
        sessionId = null;
        if (source.FilterSet is null)
        {
            return false;
        }

        foreach (var pair in source.FilterSet)
        {
            if (pair.Key.ToString() == ServiceBusConditions.SessionFilter)
            {
                sessionId = (pair.Value is DescribedValue described ? described.Value : pair.Value) as string;
                return true;
            }
        }

        return false;
    }
}
