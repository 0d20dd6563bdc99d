using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Amqp;
using Amqp.Framing;
using Amqp.Types;
using SalesGoals.Crm.Messaging.Transport;

namespace SalesGoals.Crm.Messaging.ServiceBus;

/// <summary>
/// Peek-lock receiver. A plain receiver re-attaches after a reconnect; messages it held on the lost link
/// can no longer be settled (lock lost) and come back after their lock expires. A session receiver
/// loses its session with the link and reports <see cref="ServiceBusFailureReason.SessionLockLost"/>.
/// </summary>
internal sealed class AmqpQueueReceiver : ISessionReceiver
{
    private const string SessionFilterName = "com.microsoft:session-filter";
    private const string RenewLockOperation = "com.microsoft:renew-lock";
    private const string PeekOperation = "com.microsoft:peek-message";
    private const int NoContent = 204;
    private static readonly TimeSpan ReceiveSlice = TimeSpan.FromMilliseconds(200);

    // AMQPNetLite treats a zero timeout as "no timer" and would wait for the next message.
    private static readonly TimeSpan AlreadyBuffered = TimeSpan.FromMilliseconds(1);

    private readonly AmqpConnectionManager _connections;
    private readonly int _prefetchCount;
    private readonly string? _sessionId;
    private readonly SemaphoreSlim _linkGate = new(1, 1);
    private ReceiverLink? _link;
    private long _linkGeneration;
    private int _failedAttempts;
    private volatile bool _stopped;
    private long _nextPeekSequenceNumber;

    private AmqpQueueReceiver(AmqpConnectionManager connections, string queueName, string entityPath, int prefetchCount, string? sessionId, ReceiverLink? link, long generation)
    {
        _connections = connections;
        QueueName = queueName;
        EntityPath = entityPath;
        _prefetchCount = Math.Max(1, prefetchCount);
        _sessionId = sessionId;
        _link = link;
        _linkGeneration = generation;
    }

    public string QueueName { get; }

    public string EntityPath { get; }

    public string SessionId => _sessionId ?? throw new InvalidOperationException("This receiver is not bound to a session.");

    private ServiceBusClientOptions Options => _connections.Options;

    public static AmqpQueueReceiver Create(AmqpConnectionManager connections, string queueName, QueueReceiverOptions options) =>
        new(connections, queueName, options.DeadLetterQueue ? queueName + "/$deadletterqueue" : queueName, options.PrefetchCount, null, null, 0);

    /// <summary>Attaches with a session filter; <paramref name="requestedSessionId"/> null asks for the next free session.</summary>
    public static async Task<AmqpQueueReceiver> AcceptSessionAsync(AmqpConnectionManager connections, string queueName, string? requestedSessionId, int prefetchCount, CancellationToken cancellationToken)
    {
        return await connections.RetryAsync($"Accepting a session on '{queueName}'", async scope =>
        {
            await scope.AuthorizeAsync(queueName, cancellationToken).ConfigureAwait(false);
            var source = new Source
            {
                Address = queueName,
                FilterSet = new Map { { new Symbol(SessionFilterName), new DescribedValue(new Symbol(SessionFilterName), requestedSessionId) } },
            };
            (ReceiverLink receiverLink, Attach remote) = await AmqpLinks.AttachReceiverAsync(scope.Session,
                $"{queueName}-session-{Guid.NewGuid():N}", source, null, connections.Options.OperationTimeout, cancellationToken).ConfigureAwait(false);
            string? granted = ReadSessionId(remote) ?? requestedSessionId;
            if (granted is null)
            {
                await AmqpLinks.CloseQuietlyAsync(receiverLink).ConfigureAwait(false);
                throw new ServiceBusException(ServiceBusFailureReason.GeneralError,
                    $"The broker accepted a session receiver on '{queueName}' without naming the session: its attach answer has no " +
                    $"'{SessionFilterName}' filter carrying the session id, so the receiver cannot know which session it holds.");
            }

            receiverLink.SetCredit(Math.Max(1, prefetchCount), true);
            return new AmqpQueueReceiver(connections, queueName, queueName, prefetchCount, granted, receiverLink, scope.Generation);
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ReceivedQueueMessage>> ReceiveAsync(int maxMessages, TimeSpan maxWait, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        var received = new List<ReceivedQueueMessage>();
        DateTimeOffset deadline = Options.TimeProvider.GetUtcNow() + maxWait;
        while (received.Count < maxMessages && !_stopped)
        {
            TimeSpan remaining = deadline - Options.TimeProvider.GetUtcNow();
            if (received.Count == 0 && (remaining <= TimeSpan.Zero || cancellationToken.IsCancellationRequested))
            {
                break;
            }

            ReceiverLink? current = await TryGetLinkAsync(cancellationToken).ConfigureAwait(false);
            if (current is null)
            {
                continue;
            }

            TimeSpan wait = received.Count > 0 ? AlreadyBuffered : (remaining < ReceiveSlice ? remaining : ReceiveSlice);
            wait = wait < AlreadyBuffered ? AlreadyBuffered : wait;
            Message? message;
            try
            {
                message = await current.ReceiveAsync(wait).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is AmqpException or ObjectDisposedException or InvalidOperationException)
            {
                ThrowIfSessionLost(exception);
                continue;
            }

            if (message is null)
            {
                if (current.IsClosed)
                {
                    ThrowIfSessionLost(null);
                }

                if (received.Count > 0)
                {
                    break;
                }

                continue;
            }

            received.Add(AmqpMessageConverter.FromAmqp(message, this, new Settlement(current, message)));
        }

        return received;
    }

    public async Task<IReadOnlyList<ReceivedQueueMessage>> PeekAsync(int maxMessages, long? fromSequenceNumber = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        long from = fromSequenceNumber ?? Interlocked.Read(ref _nextPeekSequenceNumber);
        IReadOnlyList<ReceivedQueueMessage> peeked = await _connections.RetryAsync($"Peeking '{EntityPath}'", async scope =>
        {
            await scope.AuthorizeAsync(QueueName, cancellationToken).ConfigureAwait(false);
            AmqpRequestResponseChannel management = await scope.GetManagementAsync(EntityPath, cancellationToken).ConfigureAwait(false);
            var request = new Message(new Map { { "from-sequence-number", from }, { "message-count", maxMessages } })
            {
                ApplicationProperties = new ApplicationProperties(),
            };
            request.ApplicationProperties["operation"] = PeekOperation;
            request.ApplicationProperties["com.microsoft:server-timeout"] = (uint)Options.OperationTimeout.TotalMilliseconds;
            Message response = await management.RequestAsync(request, Options.OperationTimeout, cancellationToken).ConfigureAwait(false);
            return ReadPeekAnswer(response);
        }, cancellationToken).ConfigureAwait(false);
        if (peeked.Count > 0)
        {
            Interlocked.Exchange(ref _nextPeekSequenceNumber, peeked[^1].SequenceNumber + 1);
        }

        return peeked;
    }

    public Task CompleteAsync(ReceivedQueueMessage message, CancellationToken cancellationToken = default)
    {
        Settle(message, (receiver, amqp) => receiver.Accept(amqp));
        return Task.CompletedTask;
    }

    public Task AbandonAsync(ReceivedQueueMessage message, CancellationToken cancellationToken = default)
    {
        Settle(message, (receiver, amqp) => receiver.Modify(amqp, true, false, null));
        return Task.CompletedTask;
    }

    public Task DeadLetterAsync(ReceivedQueueMessage message, string reason, string? errorDescription, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(reason);
        var info = new Fields { { new Symbol(AmqpMessageConverter.DeadLetterReason), reason } };
        if (errorDescription is not null)
        {
            info.Add(new Symbol(AmqpMessageConverter.DeadLetterErrorDescription), errorDescription);
        }

        Settle(message, (receiver, amqp) => receiver.Reject(amqp, new Error(new Symbol("com.microsoft:dead-letter")) { Description = reason, Info = info }));
        return Task.CompletedTask;
    }

    public async Task<DateTimeOffset> RenewLockAsync(ReceivedQueueMessage message, CancellationToken cancellationToken = default)
    {
        _ = OwnSettlement(message);
        if (message.LockToken == Guid.Empty)
        {
            throw new ServiceBusException(ServiceBusFailureReason.GeneralError,
                $"Message '{message.MessageId}' has no lock token to renew: the broker sent neither an x-opt-lock-token annotation nor a 16-byte (GUID) delivery tag.");
        }

        DateTimeOffset lockedUntil = await _connections.RetryAsync($"Renewing a lock on '{EntityPath}'", async scope =>
        {
            await scope.AuthorizeAsync(QueueName, cancellationToken).ConfigureAwait(false);
            AmqpRequestResponseChannel management = await scope.GetManagementAsync(EntityPath, cancellationToken).ConfigureAwait(false);
            var request = new Message(new Map { { "lock-tokens", new[] { message.LockToken } } })
            {
                ApplicationProperties = new ApplicationProperties(),
            };
            request.ApplicationProperties["operation"] = RenewLockOperation;
            request.ApplicationProperties["com.microsoft:server-timeout"] = (uint)Options.OperationTimeout.TotalMilliseconds;
            Message response = await management.RequestAsync(request, Options.OperationTimeout, cancellationToken).ConfigureAwait(false);
            if (AmqpRequestResponseChannel.StatusCode(response) != 200)
            {
                throw AmqpRequestResponseChannel.Failure(response, "renew-lock");
            }

            if (response.Body is Map body && body["expirations"] is Array { Length: > 0 } expirations && expirations.GetValue(0) is DateTime expiry)
            {
                return new DateTimeOffset(DateTime.SpecifyKind(expiry, DateTimeKind.Utc));
            }

            throw new ServiceBusException(ServiceBusFailureReason.GeneralError, "renew-lock answered without expirations.");
        }, cancellationToken).ConfigureAwait(false);
        message.LockedUntil = lockedUntil;
        return lockedUntil;
    }

    public async Task StopReceivingAsync(CancellationToken cancellationToken = default)
    {
        _stopped = true;
        await _linkGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_link is not { IsClosed: false } current)
            {
                return;
            }

            current.SetCredit(0, false);
            while (await current.ReceiveAsync(AlreadyBuffered).ConfigureAwait(false) is { } buffered)
            {
                current.Release(buffered);
            }
        }
        catch (Exception exception) when (exception is AmqpException or ObjectDisposedException or InvalidOperationException)
        {
            // The link is already gone; the broker keeps those locks until they expire.
        }
        finally
        {
            _linkGate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await AmqpLinks.CloseQuietlyAsync(_link).ConfigureAwait(false);
    }

    private void Settle(ReceivedQueueMessage message, Action<ReceiverLink, Message> settle)
    {
        Settlement settlement = OwnSettlement(message);
        if (settlement.Link.IsClosed)
        {
            throw new ServiceBusException(_sessionId is null ? ServiceBusFailureReason.MessageLockLost : ServiceBusFailureReason.SessionLockLost,
                $"The link that received message '{message.MessageId}' is closed; its lock is lost and it will be redelivered.");
        }

        // No x-opt-locked-until means the expiry is unknown: leave the verdict to the broker (as the Azure SDK does).
        if (message.LockedUntil != DateTimeOffset.MinValue && message.LockedUntil <= Options.TimeProvider.GetUtcNow())
        {
            throw new ServiceBusException(ServiceBusFailureReason.MessageLockLost,
                $"The lock on message '{message.MessageId}' expired at {message.LockedUntil.ToString("O", CultureInfo.InvariantCulture)}.");
        }

        try
        {
            settle(settlement.Link, settlement.Message);
        }
        catch (Exception exception) when (exception is AmqpException or ObjectDisposedException or InvalidOperationException)
        {
            throw new ServiceBusException(ServiceBusFailureReason.MessageLockLost, $"Settling message '{message.MessageId}' failed: {exception.Message}", exception);
        }
    }

    private IReadOnlyList<ReceivedQueueMessage> ReadPeekAnswer(Message response)
    {
        int status = AmqpRequestResponseChannel.StatusCode(response);
        if (status == NoContent)
        {
            return [];
        }

        if (status != 200)
        {
            throw AmqpRequestResponseChannel.Failure(response, "peek-message");
        }

        var peeked = new List<ReceivedQueueMessage>();
        if (response.Body is Map body && body["messages"] is List messages)
        {
            foreach (object entry in messages)
            {
                if (entry is Map { } item && item["message"] is byte[] encoded)
                {
                    Message message = Message.Decode(new ByteBuffer(encoded, 0, encoded.Length, encoded.Length));
                    peeked.Add(AmqpMessageConverter.FromAmqp(message, this, PeekedMessage.Instance));
                }
            }
        }

        return peeked;
    }

    private Settlement OwnSettlement(ReceivedQueueMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (ReferenceEquals(message.SettlementHandle, PeekedMessage.Instance))
        {
            throw new InvalidOperationException($"Message '{message.MessageId}' was peeked, not received: it holds no lock to settle or renew. Receive it to settle it.");
        }

        if (!ReferenceEquals(message.Owner, this) || message.SettlementHandle is not Settlement settlement)
        {
            throw new InvalidOperationException("The message was received by another receiver; settle it there.");
        }

        return settlement;
    }

    private async Task<ReceiverLink?> TryGetLinkAsync(CancellationToken cancellationToken)
    {
        await _linkGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_link is { IsClosed: false } && (_sessionId is not null || _linkGeneration == (await _connections.GetScopeAsync(cancellationToken).ConfigureAwait(false)).Generation))
            {
                return _link;
            }

            ThrowIfSessionLost(null);
            await AmqpLinks.CloseQuietlyAsync(_link).ConfigureAwait(false);
            try
            {
                AmqpConnectionScope scope = await _connections.GetScopeAsync(cancellationToken).ConfigureAwait(false);
                await scope.AuthorizeAsync(QueueName, cancellationToken).ConfigureAwait(false);
                (ReceiverLink attached, _) = await AmqpLinks.AttachReceiverAsync(scope.Session, $"{EntityPath}-receiver-{Guid.NewGuid():N}",
                    new Source { Address = EntityPath }, null, Options.OperationTimeout, cancellationToken).ConfigureAwait(false);
                attached.SetCredit(_prefetchCount, true);
                _link = attached;
                _linkGeneration = scope.Generation;
                _failedAttempts = 0;
                return _link;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                ServiceBusException failure = AmqpErrors.Map(exception, $"Attaching a receiver to '{EntityPath}'");
                if (!failure.IsTransient || _failedAttempts >= Options.MaxRetries)
                {
                    throw failure;
                }

                await Task.Delay(_connections.Backoff(_failedAttempts++), Options.TimeProvider, cancellationToken).ConfigureAwait(false);
                return null;
            }
        }
        finally
        {
            _linkGate.Release();
        }
    }

    private void ThrowIfSessionLost(Exception? cause)
    {
        if (_sessionId is not null)
        {
            throw new ServiceBusException(ServiceBusFailureReason.SessionLockLost, $"The session '{_sessionId}' on '{QueueName}' was lost with its link.", cause);
        }
    }

    private static string? ReadSessionId(Attach remote)
    {
        if ((remote.Source as Source)?.FilterSet is not { } filters)
        {
            return null;
        }

        foreach (KeyValuePair<object, object> pair in filters)
        {
            if (pair.Key.ToString() == SessionFilterName)
            {
                return (pair.Value is DescribedValue described ? described.Value : pair.Value) as string;
            }
        }

        return null;
    }

    private sealed record Settlement(ReceiverLink Link, Message Message);

    /// <summary>The settlement handle of a browsed message, which has none.</summary>
    private sealed class PeekedMessage
    {
        public static readonly PeekedMessage Instance = new();
    }
}
