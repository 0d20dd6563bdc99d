using System;
using System.Collections.Generic;
using SalesGoals.Crm.GoalEngine.Metrics;

namespace SalesGoals.Crm.Plugins.Attainment.Sources;

/// <summary>
/// Reads one source table (opportunity, external actual, appointment, lead, invoice) and reduces its
/// rows to the engine's <see cref="SourceFact"/>: the hot path reads one record, the recalculation
/// reads the records that may count for one goal.
/// </summary>
public interface ISourceFacts
{
    /// <summary>The kind of records read (the engine's name for them).</summary>
    SourceKind Kind { get; }

    /// <summary>The table read (<see cref="MetricSourceMap"/>).</summary>
    string Table { get; }

    /// <summary>The record as it is now (after the event), with its owner's teams.</summary>
    SourceFact Current(Guid recordId);

    /// <summary>Up to <paramref name="size"/> records owned by the scope's owners that count in the scope's period,
    /// in primary-key order after <paramref name="after"/> (Guid.Empty: from the first).</summary>
    IReadOnlyList<SourceFact> PageInPeriod(SourceScope scope, Guid after, int size);

    /// <summary>Of the given records (at most a page), those that still count for the scope.</summary>
    IReadOnlyList<SourceFact> CountedAmong(SourceScope scope, IReadOnlyCollection<Guid> recordIds);
}
