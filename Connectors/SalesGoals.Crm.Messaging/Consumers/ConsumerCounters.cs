using System.Threading;

namespace SalesGoals.Crm.Messaging.Consumers;

/// <summary>What a consumer host has done so far; safe to read while it runs.</summary>
public sealed class ConsumerCounters
{
    private long received;
    private long completed;
    private long deadLettered;
    private long retried;
    private long duplicates;
    private long settlementFailures;

    public long Received => Interlocked.Read(ref received);

    public long Completed => Interlocked.Read(ref completed);

    public long DeadLettered => Interlocked.Read(ref deadLettered);

    /// <summary>Deliveries abandoned for another attempt (handler failure or shutdown).</summary>
    public long Retried => Interlocked.Read(ref retried);

    /// <summary>Redeliveries that had already had their effect and were completed without running the handler.</summary>
    public long Duplicates => Interlocked.Read(ref duplicates);

    /// <summary>Settlements that failed because the lock was lost; the message comes back and is deduplicated.</summary>
    public long SettlementFailures => Interlocked.Read(ref settlementFailures);

    internal void AddReceived() => Interlocked.Increment(ref received);

    internal void AddCompleted() => Interlocked.Increment(ref completed);

    internal void AddDeadLettered() => Interlocked.Increment(ref deadLettered);

    internal void AddRetried() => Interlocked.Increment(ref retried);

    internal void AddDuplicate() => Interlocked.Increment(ref duplicates);

    internal void AddSettlementFailure() => Interlocked.Increment(ref settlementFailures);

    public override string ToString() =>
        $"received={Received} completed={Completed} dead-lettered={DeadLettered} retried={Retried} duplicates={Duplicates} settlement-failures={SettlementFailures}";
}
