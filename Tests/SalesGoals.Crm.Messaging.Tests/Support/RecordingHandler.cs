using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Messaging.Consumers;
using SalesGoals.Crm.Messaging.Transport;

namespace SalesGoals.Crm.Messaging.Tests.Support;

/// <summary>Counts the effects per message id (what "a second effect" would show) and runs a chosen behaviour first.</summary>
internal sealed class RecordingHandler : IQueueMessageHandler
{
    private readonly Func<ReceivedQueueMessage, CancellationToken, Task> behaviour;
    private int running;
    private int maxRunning;

    public RecordingHandler(Func<ReceivedQueueMessage, CancellationToken, Task>? behaviour = null)
    {
        this.behaviour = behaviour ?? ((_, _) => Task.CompletedTask);
    }

    public ConcurrentDictionary<string, int> Effects { get; } = new();

    public int MaxConcurrent => Volatile.Read(ref maxRunning);

    public async Task HandleAsync(ReceivedQueueMessage message, CancellationToken cancellationToken)
    {
        int now = Interlocked.Increment(ref running);
        InterlockedMax(now);
        try
        {
            await behaviour(message, cancellationToken);
            Effects.AddOrUpdate(message.MessageId!, 1, (_, count) => count + 1);
        }
        finally
        {
            Interlocked.Decrement(ref running);
        }
    }

    private void InterlockedMax(int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref maxRunning)) && Interlocked.CompareExchange(ref maxRunning, value, seen) != seen)
        {
        }
    }
}
