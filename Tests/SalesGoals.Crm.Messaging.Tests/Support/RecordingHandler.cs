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
    private readonly Func<ReceivedQueueMessage, CancellationToken, Task> _behaviour;
    private int _running;
    private int _maxRunning;

    public RecordingHandler(Func<ReceivedQueueMessage, CancellationToken, Task>? behaviour = null)
    {
        _behaviour = behaviour ?? ((_, _) => Task.CompletedTask);
    }

    public ConcurrentDictionary<string, int> Effects { get; } = new();

    public int MaxConcurrent => Volatile.Read(ref _maxRunning);

    public async Task HandleAsync(ReceivedQueueMessage message, CancellationToken cancellationToken)
    {
        int now = Interlocked.Increment(ref _running);
        InterlockedMax(now);
        try
        {
            await _behaviour(message, cancellationToken);
            Effects.AddOrUpdate(message.MessageId!, 1, (_, count) => count + 1);
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }

    private void InterlockedMax(int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref _maxRunning)) && Interlocked.CompareExchange(ref _maxRunning, value, seen) != seen)
        {
        }
    }
}
