using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Goals;

namespace SalesGoals.Crm.GoalEngine.Metrics;

/// <summary>
/// A metric as data: where its records live, which states count, what each adds, and for a
/// ratio the denominator part. The engine never reads tables; the plug-ins use SourceTable and
/// the column names to build <see cref="SourceFact"/>s.
/// </summary>
public sealed record MetricDefinition
{
    public string Code { get; init; } = "";

    public string NameEnglish { get; init; } = "";

    public string NameChinese { get; init; } = "";

    public MetricKind Kind { get; init; }

    public MetricDirection Direction { get; init; }

    public string SourceTable { get; init; } = "";

    /// <summary>
    /// Other tables whose records are reduced to the same fact shape and feed this metric too, e.g.
    /// external actuals (won/lost deals from Zoho CRM and Fenxiang) for the deal metrics (goals.md §1:
    /// "Both feed the same engine").
    /// </summary>
    public IReadOnlyList<string> AdditionalSourceTables { get; init; } = Array.Empty<string>();

    public string DateColumn { get; init; } = "";

    public string OwnerColumn { get; init; } = "ownerid";

    public IReadOnlyDictionary<DimensionKind, string> DimensionColumns { get; init; } = new Dictionary<DimensionKind, string>();

    public MetricMeasure Numerator { get; init; } = new(MeasureKind.Count, new[] { SourceStates.Won });

    /// <summary>Only for ratios: e.g. win rate = won count / (won + lost) count.</summary>
    public MetricMeasure? Denominator { get; init; }

    /// <summary>A flag the record must carry, e.g. new-customer.</summary>
    public string? RequiredFlag { get; init; }

    /// <summary>Whether records of this table feed the metric (its source table or an additional one).</summary>
    public bool ReadsFrom(string? table) =>
        string.Equals(table, SourceTable, StringComparison.OrdinalIgnoreCase)
        || AdditionalSourceTables.Any(t => string.Equals(t, table, StringComparison.OrdinalIgnoreCase));

    /// <summary>Decimal places of goals on this metric when it is not money (counts: 0).</summary>
    public int? FixedPrecision => Kind == MetricKind.Count ? 0 : null;
}
