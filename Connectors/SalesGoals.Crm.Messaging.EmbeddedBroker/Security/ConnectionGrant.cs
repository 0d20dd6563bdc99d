using System;
using System.Collections.Generic;
using System.Linq;
using Amqp.Listener;

namespace SalesGoals.Crm.Messaging.EmbeddedBroker.Security;

/// <summary>What one AMQP connection has proven (SASL PLAIN, CBS tokens) and its reply links.</summary>
internal sealed class ConnectionGrant
{
    private readonly object gate = new();
    private readonly Dictionary<string, DateTimeOffset> tokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ListenerLink> replyLinks = new(StringComparer.Ordinal);

    /// <summary>SASL PLAIN succeeded with the SAS rule: every entity is open to this connection.</summary>
    public bool PlainAuthenticated { get; init; }

    public void AddToken(string audiencePath, DateTimeOffset expiresAt)
    {
        lock (gate)
        {
            tokens[audiencePath] = expiresAt;
        }
    }

    public bool IsAuthorized(string entityPath, DateTimeOffset now)
    {
        if (PlainAuthenticated)
        {
            return true;
        }

        lock (gate)
        {
            return tokens.Any(pair => pair.Value > now && AudiencePath.Covers(pair.Key, entityPath));
        }
    }

    public void AddReplyLink(string address, ListenerLink link)
    {
        lock (gate)
        {
            replyLinks[address] = link;
        }
    }

    public void RemoveReplyLink(string address, ListenerLink link)
    {
        lock (gate)
        {
            if (replyLinks.TryGetValue(address, out ListenerLink? current) && current == link)
            {
                replyLinks.Remove(address);
            }
        }
    }

    public ListenerLink? FindReplyLink(string? address)
    {
        if (address is null)
        {
            return null;
        }

        lock (gate)
        {
            return replyLinks.GetValueOrDefault(address);
        }
    }
}
