using System.Threading;

namespace SalesGoals.Crm.Messaging.Consumers;

/// <summary>What a consumer host has done so far; safe to read while it runs.</summary>
public sealed class ConsumerCounters
{
    private long _received;
    private long _completed;
    private long _deadLettered;
    private long _retried;
    private long _duplicates;
    private long _settlementFailures;

    public long Received => Interlocked.Read(ref _received);

    public long Completed => Interlocked.Read(ref _completed);

    public long DeadLettered => Interlocked.Read(ref _deadLettered);

    /// <summary>Deliveries abandoned for another attempt (handler failure or shutdown).</summary>
    public long Retried => Interlocked.Read(ref _retried);

    /// <summary>Redeliveries that had already had their effect and were completed without running the handler.</summary>
    public long Duplicates => Interlocked.Read(ref _duplicates);

    /// <summary>Settlements that failed because the lock was lost; the message comes back and is deduplicated.</summary>
    public long SettlementFailures => Interlocked.Read(ref _settlementFailures);

    internal void AddReceived() => Interlocked.Increment(ref _received);

    internal void AddCompleted() => Interlocked.Increment(ref _completed);

    internal void AddDeadLettered() => Interlocked.Increment(ref _deadLettered);

    internal void AddRetried() => Interlocked.Increment(ref _retried);

    internal void AddDuplicate() => Interlocked.Increment(ref _duplicates);

    internal void AddSettlementFailure() => Interlocked.Increment(ref _settlementFailures);

    public override string ToString() =>
        $"received={Received} completed={Completed} dead-lettered={DeadLettered} retried={Retried} duplicates={Duplicates} settlement-failures={SettlementFailures}";
}
