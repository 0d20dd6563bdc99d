using System;
using System.Collections.Generic;
using Microsoft.OData.Edm;
using SalesGoals.Crm.LocalDataverse.Metadata;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.LocalDataverse.WebApi.Edm;

/// <summary>One table as the Web API shows it: its entity type and set, and how its OData property names map to columns.</summary>
public sealed class EdmTable
{
    private readonly Dictionary<string, ColumnDefinition> _byProperty = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ColumnDefinition> _byNavigation = new(StringComparer.Ordinal);

    internal EdmTable(TableMetadata metadata, EdmEntityType type, EdmEntitySet set)
    {
        Metadata = metadata;
        Type = type;
        Set = set;
    }

    public TableMetadata Metadata { get; }

    public EdmEntityType Type { get; }

    public EdmEntitySet Set { get; }

    public string LogicalName => Metadata.LogicalName;

    public string EntitySetName => Set.Name;

    /// <summary>The qualified type name used in <c>@odata.type</c>, e.g. Microsoft.Dynamics.CRM.sg_goal.</summary>
    public string TypeName => DataverseEdm.Namespace + "." + Metadata.LogicalName;

    /// <summary>The column behind an OData property (a lookup's <c>_x_value</c> property included), or null.</summary>
    public ColumnDefinition? ColumnOfProperty(string property) => _byProperty.TryGetValue(property, out var column) ? column : null;

    /// <summary>The lookup column behind a single-valued navigation property (used by <c>@odata.bind</c>), or null.</summary>
    public ColumnDefinition? ColumnOfNavigation(string navigation) => _byNavigation.TryGetValue(navigation, out var column) ? column : null;

    /// <summary>The OData property name of a column: the logical name, or <c>_x_value</c> for lookups.</summary>
    public static string PropertyName(ColumnDefinition column) => IsLookup(column) ? $"_{column.LogicalName}_value" : column.LogicalName;

    /// <summary>The navigation property Dataverse gives a lookup: the schema name of custom lookups, the logical name of system ones.</summary>
    public static string NavigationName(ColumnDefinition column) => column.IsCustom ? column.SchemaName : column.LogicalName;

    public static bool IsLookup(ColumnDefinition column) => column.Type is ColumnType.Lookup or ColumnType.Customer or ColumnType.Owner;

    internal void MapProperty(string property, ColumnDefinition column) => _byProperty[property] = column;

    internal void MapNavigation(string navigation, ColumnDefinition column) => _byNavigation[navigation] = column;
}
