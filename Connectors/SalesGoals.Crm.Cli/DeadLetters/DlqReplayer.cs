using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Messaging.Transport;

namespace SalesGoals.Crm.Cli.DeadLetters;

/// <summary>
/// Moves dead-lettered messages back to their queue: each is received with a lock, sent again with its id and
/// properties, and completed only after the send succeeded, so a failure at any step leaves it in the dead-letter
/// queue (at worst it is sent twice, which the worker's idempotency absorbs). Messages not asked for are held
/// locked until the end, so none is received twice, then handed back (their delivery count goes up by one).
/// </summary>
internal sealed class DlqReplayer
{
    /// <summary>Application property carrying the original message id when <c>--new-id</c> is used.</summary>
    public const string ReplayOfProperty = "sg-replay-of";

    private static readonly string[] DeadLetterProperties = ["DeadLetterReason", "DeadLetterErrorDescription"];

    private readonly IQueueReceiver _deadLetters;
    private readonly IQueueSender _queue;

    public DlqReplayer(IQueueReceiver deadLetters, IQueueSender queue)
    {
        _deadLetters = deadLetters;
        _queue = queue;
    }

    /// <summary>Replays up to <paramref name="max"/> messages (only <paramref name="ids"/> when given).</summary>
    public async Task<DlqReplayResult> ReplayAsync(int max, IReadOnlySet<string> ids, bool newIds, CancellationToken cancellationToken)
    {
        var result = new DlqReplayResult();
        var held = new List<ReceivedQueueMessage>();
        var wanted = new HashSet<string>(ids, StringComparer.Ordinal);
        try
        {
            var wait = TimeSpan.FromSeconds(2);
            while (result.Replayed.Count < max && (ids.Count == 0 || wanted.Count > 0))
            {
                var batch = await _deadLetters.ReceiveAsync(100, wait, cancellationToken).ConfigureAwait(false);
                if (batch.Count == 0)
                {
                    break;
                }

                wait = TimeSpan.FromSeconds(1);
                foreach (var message in batch)
                {
                    bool asked = ids.Count == 0 || (message.MessageId is { } id && wanted.Remove(id));
                    if (!asked || result.Replayed.Count >= max)
                    {
                        held.Add(message);
                        continue;
                    }

                    if (!message.HasBinaryBody)
                    {
                        result.NotReplayable.Add((message.MessageId ?? string.Empty, message.BodyDescription));
                        held.Add(message);
                        continue;
                    }

                    try
                    {
                        await _queue.SendAsync(Copy(message, newIds), cancellationToken).ConfigureAwait(false);
                    }
                    catch (ServiceBusException exception)
                    {
                        held.Add(message);
                        result.SendFailure = (message.MessageId ?? string.Empty, exception.Message);
                        return result;
                    }

                    await _deadLetters.CompleteAsync(message, cancellationToken).ConfigureAwait(false);
                    result.Replayed.Add(message);
                }
            }

            result.NotFound.AddRange(wanted.Order(StringComparer.Ordinal));
            return result;
        }
        finally
        {
            await HandBackAsync(held).ConfigureAwait(false);
        }
    }

    /// <summary>The message as its producer sent it: body, id, session, correlation, subject, content type and properties.</summary>
    internal static QueueMessage Copy(ReceivedQueueMessage message, bool newId)
    {
        var copy = new QueueMessage(message.Body)
        {
            MessageId = newId ? Guid.NewGuid().ToString("N") : message.MessageId,
            SessionId = message.SessionId,
            CorrelationId = message.CorrelationId,
            Subject = message.Subject,
            ContentType = message.ContentType,
        };
        foreach (var (name, value) in message.ApplicationProperties)
        {
            if (value is not null && !DeadLetterProperties.Contains(name, StringComparer.Ordinal))
            {
                copy.ApplicationProperties[name] = value;
            }
        }

        if (newId && message.MessageId is { } original)
        {
            copy.ApplicationProperties[ReplayOfProperty] = original;
        }

        return copy;
    }

    private async Task HandBackAsync(List<ReceivedQueueMessage> held)
    {
        // Prefetched deliveries go back first, so no lock is left to age in the closing link.
        await _deadLetters.StopReceivingAsync(CancellationToken.None).ConfigureAwait(false);
        foreach (var message in held)
        {
            try
            {
                await _deadLetters.AbandonAsync(message, CancellationToken.None).ConfigureAwait(false);
            }
            catch (ServiceBusException)
            {
                // The lock is already gone: the message is back in the dead-letter queue on its own.
            }
        }
    }
}
