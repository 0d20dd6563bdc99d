using System;
using System.Collections.Generic;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.LocalDataverse.Metadata;

/// <summary>
/// The columns Dataverse adds to every table of a given ownership, added when a definition
/// does not list them itself (a solution's Entity.xml usually omits most of them).
/// </summary>
internal static class SystemColumns
{
    private static readonly IReadOnlyDictionary<int, string> NoNames = new Dictionary<int, string>();

    public static IEnumerable<ColumnDefinition> For(TableDefinition table, IReadOnlyCollection<ColumnDefinition> declared)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in declared)
        {
            names.Add(column.LogicalName);
        }

        var added = new List<ColumnDefinition>();
        void Add(ColumnDefinition column)
        {
            if (names.Add(column.LogicalName))
            {
                added.Add(column);
            }
        }

        Add(Column(table.PrimaryIdAttribute, ColumnType.PrimaryKey, [], computed: false));
        if (!table.IsIntersect)
        {
            Add(Column("createdon", ColumnType.DateTime, [], computed: true));
            Add(Column("modifiedon", ColumnType.DateTime, [], computed: true));
            Add(Column("createdby", ColumnType.Lookup, ["systemuser"], computed: true));
            Add(Column("modifiedby", ColumnType.Lookup, ["systemuser"], computed: true));
            Add(Column("overriddencreatedon", ColumnType.DateTime, [], computed: false));
        }

        Add(Column("versionnumber", ColumnType.BigInt, [], computed: true));
        if (table.Ownership == OwnershipType.UserOwned)
        {
            Add(Column("ownerid", ColumnType.Owner, ["systemuser", "team"], computed: false));
            Add(Column("owninguser", ColumnType.Lookup, ["systemuser"], computed: true));
            Add(Column("owningteam", ColumnType.Lookup, ["team"], computed: true));
            Add(Column("owningbusinessunit", ColumnType.Lookup, ["businessunit"], computed: true));
        }
        else if (table.Ownership == OwnershipType.OrganizationOwned)
        {
            Add(Column("organizationid", ColumnType.Lookup, ["organization"], computed: true));
        }

        var hasMoney = false;
        foreach (var column in declared)
        {
            if (column.Type != ColumnType.Money || column.LogicalName.EndsWith("_base", StringComparison.Ordinal))
            {
                continue;
            }

            hasMoney = true;
            Add(Column(column.BaseColumn ?? column.LogicalName + "_base", ColumnType.Money, [], computed: true));
        }

        if (hasMoney)
        {
            Add(Column("transactioncurrencyid", ColumnType.Lookup, ["transactioncurrency"], computed: false));
            Add(Column("exchangerate", ColumnType.Decimal, [], computed: true));
        }

        return added;
    }

    private static ColumnDefinition Column(string name, ColumnType type, IReadOnlyList<string> targets, bool computed) =>
        new(name, name, type, RequiredLevel.None, null, null, null, null, targets, null, null, NoNames, false)
        {
            IsValidForCreate = !computed,
            IsValidForUpdate = !computed,
        };
}
