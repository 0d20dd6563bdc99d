using System;

namespace SalesGoals.Crm.GoalEngine.Ledger;

/// <summary>One ledger row's identity: (goal, source record, metric). Metric codes compare case-insensitively.</summary>
public readonly struct LedgerKey : IEquatable<LedgerKey>
{
    public LedgerKey(Guid goalId, Guid sourceRecordId, string metricCode)
    {
        if (string.IsNullOrWhiteSpace(metricCode))
        {
            throw new ArgumentException("A ledger key needs a metric code.", nameof(metricCode));
        }

        GoalId = goalId;
        SourceRecordId = sourceRecordId;
        MetricCode = metricCode.Trim().ToLowerInvariant();
    }

    public Guid GoalId { get; }

    public Guid SourceRecordId { get; }

    public string MetricCode { get; }

    public bool Equals(LedgerKey other) =>
        GoalId == other.GoalId && SourceRecordId == other.SourceRecordId && string.Equals(MetricCode, other.MetricCode, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is LedgerKey other && Equals(other);

    public override int GetHashCode()
    {
        unchecked
        {
            // Stryker disable once all : another mixing of the parts still gives equal keys equal hashes; no lookup result changes.
            return (((GoalId.GetHashCode() * 397) ^ SourceRecordId.GetHashCode()) * 397) ^ StringComparer.Ordinal.GetHashCode(MetricCode ?? "");
        }
    }

    public override string ToString() => $"{GoalId}/{SourceRecordId}/{MetricCode}";

    public static bool operator ==(LedgerKey left, LedgerKey right) => left.Equals(right);

    public static bool operator !=(LedgerKey left, LedgerKey right) => !left.Equals(right);
}
