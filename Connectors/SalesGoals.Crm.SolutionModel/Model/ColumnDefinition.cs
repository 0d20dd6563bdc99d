using System.Collections.Generic;

namespace SalesGoals.Crm.SolutionModel.Model;

/// <summary>A column (attribute) of a table.</summary>
public sealed record ColumnDefinition(
    string LogicalName,
    string SchemaName,
    ColumnType Type,
    RequiredLevel RequiredLevel,
    int? MaxLength,
    int? Precision,
    decimal? MinValue,
    decimal? MaxValue,
    IReadOnlyList<string> Targets,
    OptionSetDefinition? OptionSet,
    DateTimeColumnBehavior? DateTimeBehavior,
    IReadOnlyDictionary<int, string> DisplayNames,
    bool IsCustom)
{
    /// <summary>For date/time columns: true when only the date part is shown (Format "date").</summary>
    public bool IsDateOnlyFormat { get; init; }

    /// <summary>For money columns: 0 = own precision, 1 = pricing precision, 2 = currency precision.</summary>
    public int? PrecisionSource { get; init; }

    /// <summary>For money columns: the companion base-currency column (e.g. estimatedvalue_base).</summary>
    public string? BaseColumn { get; init; }

    /// <summary>False for columns the platform computes (createdon, _base, versionnumber...).</summary>
    public bool IsValidForCreate { get; init; } = true;

    /// <summary>False for columns that cannot be changed through Update.</summary>
    public bool IsValidForUpdate { get; init; } = true;
}
