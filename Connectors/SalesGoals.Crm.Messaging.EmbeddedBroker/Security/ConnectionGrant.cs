using System;
using System.Collections.Generic;
using System.Linq;
using Amqp.Listener;

namespace SalesGoals.Crm.Messaging.EmbeddedBroker.Security;

/// <summary>What one AMQP connection has proven (SASL PLAIN, CBS tokens) and its reply links.</summary>
internal sealed class ConnectionGrant
{
    private readonly object _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _tokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ListenerLink> _replyLinks = new(StringComparer.Ordinal);

    /// <summary>SASL PLAIN succeeded with the SAS rule: every entity is open to this connection.</summary>
    public bool PlainAuthenticated { get; init; }

    public void AddToken(string audiencePath, DateTimeOffset expiresAt)
    {
        lock (_gate)
        {
            _tokens[audiencePath] = expiresAt;
        }
    }

    public bool IsAuthorized(string entityPath, DateTimeOffset now)
    {
        if (PlainAuthenticated)
        {
            return true;
        }

        lock (_gate)
        {
            return _tokens.Any(pair => pair.Value > now && AudiencePath.Covers(pair.Key, entityPath));
        }
    }

    public void AddReplyLink(string address, ListenerLink link)
    {
        lock (_gate)
        {
            _replyLinks[address] = link;
        }
    }

    public void RemoveReplyLink(string address, ListenerLink link)
    {
        lock (_gate)
        {
            if (_replyLinks.TryGetValue(address, out ListenerLink? current) && current == link)
            {
                _replyLinks.Remove(address);
            }
        }
    }

    public ListenerLink? FindReplyLink(string? address)
    {
        if (address is null)
        {
            return null;
        }

        lock (_gate)
        {
            return _replyLinks.GetValueOrDefault(address);
        }
    }
}
