using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.LocalDataverse.Metadata;
using SalesGoals.Crm.LocalDataverse.Storage;

namespace SalesGoals.Crm.LocalDataverse.Query;

/// <summary>Turns stored rows into the entities a caller receives: copies, only the asked columns, linked columns as AliasedValue.</summary>
internal static class ResultProjector
{
    public static Entity Project(PreparedQuery prepared, JoinedRow row, RowSource store)
    {
        var result = Columns(row.Root, prepared.Table, prepared.Query.ColumnSet, store);
        foreach (var link in prepared.AllLinks)
        {
            if (row.Get(link.Alias) is not { } linked || link.Link.Columns is null)
            {
                continue;
            }

            var names = link.Link.Columns.AllColumns ? linked.Attributes.Keys.ToList() : link.Link.Columns.Columns.ToList();
            foreach (var name in names)
            {
                if (linked.Attributes.TryGetValue(name, out var value) && value is not null)
                {
                    result[$"{link.Alias}.{name}"] = new AliasedValue(link.Table.LogicalName, name, WithName(ValueCopier.CopyValue(value), store));
                }
            }
        }

        return result;
    }

    /// <summary>A copy of the row with the requested columns (always the primary id), lookups named, RowVersion set.</summary>
    public static Entity Columns(Entity row, TableMetadata table, ColumnSet? columns, RowSource store)
    {
        var result = new Entity(row.LogicalName, row.Id) { RowVersion = row.RowVersion };
        var all = columns is null || columns.AllColumns;
        foreach (var pair in row.Attributes)
        {
            if ((all || columns!.Columns.Contains(pair.Key) || pair.Key == table.PrimaryIdAttribute) && pair.Value is not null)
            {
                result[pair.Key] = WithName(ValueCopier.CopyValue(pair.Value), store);
            }
        }

        return result;
    }

    public static string DistinctKey(Entity entity)
    {
        var key = new StringBuilder();
        foreach (var pair in entity.Attributes.OrderBy(p => p.Key, System.StringComparer.Ordinal))
        {
            key.Append(pair.Key).Append('=').Append(Convert(pair.Value)).Append(';');
        }

        return key.ToString();
    }

    private static object? WithName(object? value, RowSource store)
    {
        if (value is EntityReference reference && reference.Name is null)
        {
            reference.Name = store.PrimaryNameOf(reference);
        }

        return value;
    }

    private static string Convert(object? value) => value switch
    {
        AliasedValue aliased => Convert(aliased.Value),
        EntityReference reference => reference.Id.ToString(),
        OptionSetValue option => option.Value.ToString(CultureInfo.InvariantCulture),
        Money money => money.Value.ToString(CultureInfo.InvariantCulture),
        _ => System.Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
