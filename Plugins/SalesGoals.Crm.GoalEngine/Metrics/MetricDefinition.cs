using System;
using System.Collections.Generic;
using System.Linq;

namespace SalesGoals.Crm.GoalEngine.Metrics;

/// <summary>
/// A metric as data: which kind of records it reads, which states count, what each adds, and for a
/// ratio the denominator part. The engine never reads tables; the plug-ins map <see cref="Source"/> to a
/// table and its columns and build <see cref="SourceFact"/>s.
/// </summary>
public sealed record MetricDefinition
{
    public string Code { get; init; } = "";

    public string NameEnglish { get; init; } = "";

    public string NameChinese { get; init; } = "";

    public MetricKind Kind { get; init; }

    public MetricDirection Direction { get; init; }

    public SourceKind Source { get; init; }

    /// <summary>
    /// Other sources whose records are reduced to the same fact shape and feed this metric too, e.g.
    /// external deals (won/lost deals from Zoho CRM and Fenxiang) for the deal metrics (goals.md §1:
    /// "Both feed the same engine").
    /// </summary>
    public IReadOnlyList<SourceKind> AdditionalSources { get; init; } = Array.Empty<SourceKind>();

    public MetricMeasure Numerator { get; init; } = new(MeasureKind.Count, new[] { SourceStates.Won });

    /// <summary>Only for ratios: e.g. win rate = won count / (won + lost) count.</summary>
    public MetricMeasure? Denominator { get; init; }

    /// <summary>A flag the record must carry, e.g. new-customer.</summary>
    public string? RequiredFlag { get; init; }

    /// <summary>Whether records of this kind feed the metric (its source or an additional one).</summary>
    public bool ReadsFrom(SourceKind source) => source == Source || AdditionalSources.Contains(source);

    /// <summary>Decimal places of goals on this metric when it is not money (counts: 0).</summary>
    public int? FixedPrecision => Kind == MetricKind.Count ? 0 : null;
}
