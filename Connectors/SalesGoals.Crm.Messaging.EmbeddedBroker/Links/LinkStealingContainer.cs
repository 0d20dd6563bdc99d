using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Reflection;
using System.Security.Cryptography.X509Certificates;
using Amqp;
using Amqp.Framing;
using Amqp.Listener;

namespace SalesGoals.Crm.Messaging.EmbeddedBroker.Links;

/// <summary>
/// Service Bus's answer to a second link with the name and role of one already attached on the
/// connection: the older link is detached with <c>amqp:link:stolen</c> and the new one attaches; the
/// connection stays. AMQPNetLite's host instead refuses the new link, or (same session) closes the whole
/// connection, so this container steps in before the host creates the new link; everything else is the host's.
/// </summary>
internal sealed class LinkStealingContainer : IContainer
{
    // AMQPNetLite keeps a detached link's name until the peer answers the detach and offers no way to
    // free it sooner; renaming the stolen link is the only way to let its successor attach at once.
    private static readonly FieldInfo LinkName = typeof(Link).GetField("name", BindingFlags.Instance | BindingFlags.NonPublic)
        ?? throw new InvalidOperationException("This AMQPNetLite version has no Link.name field; link stealing needs a new approach.");

    private readonly IContainer _host;
    private readonly ConcurrentDictionary<(Connection Connection, bool Role, string Name), Link> _attached = new();

    public LinkStealingContainer(IContainer host)
    {
        _host = host;
    }

    public X509Certificate2 ServiceCertificate => _host.ServiceCertificate;

    public IDictionary<string, TransportProvider> CustomTransports => _host.CustomTransports;

    public Message CreateMessage(ByteBuffer buffer) => _host.CreateMessage(buffer);

    public Link CreateLink(ListenerConnection connection, ListenerSession session, Attach attach)
    {
        // The attach's role is the peer's; the broker's link has the other one.
        var key = (Connection: (Connection)connection, Role: !attach.Role, Name: attach.LinkName);
        if (_attached.TryRemove(key, out Link? older) && !older.IsClosed)
        {
            older.Close(TimeSpan.Zero, new Error(ErrorCode.Stolen)
            {
                Description = $"Link '{attach.LinkName}' was stolen: a new link with the same name and role attached on this connection.",
            });
            LinkName.SetValue(older, attach.LinkName + "$stolen-" + Guid.NewGuid().ToString("N"));
        }

        Link link = _host.CreateLink(connection, session, attach);
        _attached[key] = link;
        link.AddClosedCallback((_, _) => _attached.TryRemove(new KeyValuePair<(Connection, bool, string), Link>(key, link)));
        return link;
    }

    public bool AttachLink(ListenerConnection connection, ListenerSession session, Link link, Attach attach) =>
        _host.AttachLink(connection, session, link, attach);
}
