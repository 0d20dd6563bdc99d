using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.LocalDataverse.Metadata;

/// <summary>A table as the local Dataverse knows it: its definition plus the system columns.</summary>
public sealed class TableMetadata
{
    private readonly Dictionary<string, ColumnDefinition> _columns;

    internal TableMetadata(TableDefinition definition, IEnumerable<ColumnDefinition> columns)
    {
        Definition = definition;
        _columns = new Dictionary<string, ColumnDefinition>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            _columns[column.LogicalName] = column;
        }

        StateColumn = Find("statecode");
        StatusColumn = Find("statuscode");
        MoneyColumns = _columns.Values.Where(c => c.Type == ColumnType.Money && !IsBaseColumn(c.LogicalName)).ToList();
    }

    public TableDefinition Definition { get; }

    public string LogicalName => Definition.LogicalName;

    public string PrimaryIdAttribute => Definition.PrimaryIdAttribute;

    public string? PrimaryNameAttribute => Definition.PrimaryNameAttribute;

    public OwnershipType Ownership => Definition.Ownership;

    public bool IsUserOrTeamOwned => Ownership == OwnershipType.UserOwned;

    public IReadOnlyCollection<ColumnDefinition> Columns => _columns.Values;

    public IReadOnlyList<AlternateKeyDefinition> Keys => Definition.Keys;

    public ColumnDefinition? StateColumn { get; }

    public ColumnDefinition? StatusColumn { get; }

    /// <summary>Money columns entered by users (not their computed _base companions).</summary>
    public IReadOnlyList<ColumnDefinition> MoneyColumns { get; }

    public ColumnDefinition? Find(string logicalName) =>
        _columns.TryGetValue(logicalName, out var column) ? column : null;

    public bool IsBaseColumn(string logicalName) =>
        logicalName.EndsWith("_base", StringComparison.Ordinal)
        && _columns.TryGetValue(logicalName[..^5], out var source)
        && source.Type == ColumnType.Money;

    /// <summary>The default status of a state (from the state option's DefaultStatus, else the first status of that state).</summary>
    public int? DefaultStatusFor(int state)
    {
        var stateOption = StateColumn?.OptionSet?.Find(state);
        if (stateOption?.DefaultStatus is int status)
        {
            return status;
        }

        return StatusColumn?.OptionSet?.Options.FirstOrDefault(o => o.State == state)?.Value;
    }

    /// <summary>The state a status value belongs to, or null when the status is unknown.</summary>
    public int? StateOfStatus(int status) => StatusColumn?.OptionSet?.Find(status)?.State;
}
