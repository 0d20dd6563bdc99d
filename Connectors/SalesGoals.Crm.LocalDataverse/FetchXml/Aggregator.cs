using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.LocalDataverse.Faults;
using SalesGoals.Crm.LocalDataverse.Query;
using SalesGoals.Crm.LocalDataverse.Storage;

namespace SalesGoals.Crm.LocalDataverse.FetchXml;

/// <summary>
/// Aggregate fetches: groups by the groupby columns and returns one entity per group whose
/// attributes are AliasedValues named by alias. Types follow SQL Server as Dataverse returns them:
/// count → int, sum/avg/min/max of money → Money, of int → int (avg truncates), of decimal → decimal.
/// A sum, avg, min or max over no values is left out (null), a count is 0.
/// </summary>
internal static class Aggregator
{
    public static EntityCollection Aggregate(PreparedQuery prepared, FetchQuery fetch, IReadOnlyList<JoinedRow> rows, RowSource source)
    {
        var groupBy = fetch.AggregateAttributes.Where(a => a.GroupBy).ToList();
        var measures = fetch.AggregateAttributes.Where(a => !a.GroupBy).ToList();
        foreach (var attribute in fetch.AggregateAttributes)
        {
            if (attribute.Alias is null)
            {
                throw DataverseFault.InvalidArgument($"An aggregate fetch needs an alias for the attribute '{attribute.Attribute}'.");
            }

            if (!attribute.GroupBy && attribute.Aggregate is null)
            {
                throw DataverseFault.InvalidArgument($"The attribute '{attribute.Attribute}' of an aggregate fetch must have an aggregate or groupby.");
            }
        }

        var groups = rows.GroupBy(r => GroupKey(groupBy, r), StringComparer.Ordinal).ToList();
        if (groups.Count == 0 && groupBy.Count == 0)
        {
            groups = [new EmptyGroup()];
        }

        var results = new List<Entity>();
        foreach (var group in groups)
        {
            var entity = new Entity(prepared.Table.LogicalName);
            foreach (var attribute in groupBy)
            {
                var first = group.FirstOrDefault();
                var value = first is null ? null : GroupValue(attribute, first.Value(attribute.EntityAlias, attribute.Attribute));
                if (value is EntityReference reference)
                {
                    reference.Name ??= source.PrimaryNameOf(reference);
                }

                Set(entity, prepared, attribute, value);
            }

            foreach (var attribute in measures)
            {
                var values = group.Select(r => r.Value(attribute.EntityAlias, attribute.Attribute)).ToList();
                Set(entity, prepared, attribute, Measure(attribute, values, group.Count()));
            }

            results.Add(entity);
        }

        IEnumerable<Entity> ordered = results.OrderBy(e => e, Comparer<Entity>.Create((a, b) => CompareGroups(a, b, groupBy)));
        foreach (var (alias, descending) in fetch.AliasOrders.Reverse())
        {
            ordered = descending
                ? ordered.OrderByDescending(e => AliasValue(e, alias), Comparer<object?>.Create(ValueComparer.Compare))
                : ordered.OrderBy(e => AliasValue(e, alias), Comparer<object?>.Create(ValueComparer.Compare));
        }

        var list = fetch.Query.TopCount is int top ? ordered.Take(top).ToList() : ordered.ToList();
        return new EntityCollection(list) { EntityName = prepared.Table.LogicalName };
    }

    private static object? Measure(FetchAttribute attribute, List<object?> values, int rowCount)
    {
        var present = values.Select(Unwrap).Where(v => v is not null).ToList();
        if (attribute.Distinct)
        {
            present = present.DistinctBy(IndexKey.Of).ToList();
        }

        return attribute.Aggregate switch
        {
            "count" => attribute.Distinct ? present.Count : rowCount,
            "countcolumn" => present.Count,
            "sum" => present.Count == 0 ? null : Typed(values, present.Sum(ToDecimal)),
            "avg" => present.Count == 0 ? null : Typed(values, present.Sum(ToDecimal) / present.Count),
            "min" => present.Count == 0 ? null : Copy(values, present.MinBy(v => v, Comparer<object?>.Create(ValueComparer.Compare))),
            "max" => present.Count == 0 ? null : Copy(values, present.MaxBy(v => v, Comparer<object?>.Create(ValueComparer.Compare))),
            var other => throw DataverseFault.InvalidArgument($"The aggregate '{other}' is not valid."),
        };
    }

    /// <summary>The result in the column's own type (Money for money, int for int...).</summary>
    private static object Typed(List<object?> values, decimal result) => values.FirstOrDefault(v => v is not null) switch
    {
        Money => new Money(result),
        int => (int)decimal.Truncate(result),
        long => (long)decimal.Truncate(result),
        double => (double)result,
        _ => result,
    };

    private static object? Copy(List<object?> values, object? unwrapped) =>
        values.FirstOrDefault(v => v is not null) is Money && unwrapped is decimal amount ? new Money(amount) : unwrapped;

    private static object? Unwrap(object? value) => value switch
    {
        Money money => money.Value,
        OptionSetValue option => option.Value,
        _ => value,
    };

    private static decimal ToDecimal(object? value) => Convert.ToDecimal(value, CultureInfo.InvariantCulture);

    private static object? GroupValue(FetchAttribute attribute, object? value)
    {
        if (attribute.DateGrouping is null || value is not DateTime date)
        {
            return ValueCopier.CopyValue(value);
        }

        var utc = ValueComparer.Utc(date);
        return attribute.DateGrouping switch
        {
            "year" => utc.Year,
            "quarter" => ((utc.Month - 1) / 3) + 1,
            "month" => utc.Month,
            "week" => ISOWeek.GetWeekOfYear(utc),
            "day" => utc.Day,
            var other => throw DataverseFault.InvalidArgument($"The date grouping '{other}' is not supported by the local Dataverse."),
        };
    }

    private static string GroupKey(List<FetchAttribute> groupBy, JoinedRow row) =>
        string.Join("|", groupBy.Select(a => Convert.ToString(IndexKey.Of(GroupValue(a, row.Value(a.EntityAlias, a.Attribute))), CultureInfo.InvariantCulture) ?? "<null>"));

    private static int CompareGroups(Entity a, Entity b, List<FetchAttribute> groupBy)
    {
        foreach (var attribute in groupBy)
        {
            var compared = ValueComparer.Compare(AliasValue(a, attribute.Alias!), AliasValue(b, attribute.Alias!));
            if (compared != 0)
            {
                return compared;
            }
        }

        return 0;
    }

    private static object? AliasValue(Entity entity, string alias) =>
        entity.Attributes.TryGetValue(alias, out var value) && value is AliasedValue aliased ? aliased.Value : null;

    private static void Set(Entity entity, PreparedQuery prepared, FetchAttribute attribute, object? value)
    {
        if (value is not null)
        {
            entity[attribute.Alias!] = new AliasedValue(prepared.TableOf(attribute.EntityAlias).LogicalName, attribute.Attribute, value);
        }
    }

    private sealed class EmptyGroup : List<JoinedRow>, IGrouping<string, JoinedRow>
    {
        public string Key => string.Empty;
    }
}
