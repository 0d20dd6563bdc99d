using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.LocalDataverse.Storage;

namespace SalesGoals.Crm.LocalDataverse.Query;

/// <summary>
/// A query without links in primary-key order (none given, or the primary key ascending), as every
/// paged reader uses: it walks the candidates in key order from where the previous page ended (the
/// paging cookie's last id, or a "primary key greater than" condition) and stops one row after the
/// page is full, so reading a table page by page is linear instead of re-matching and re-sorting
/// every row for each page. Other queries take the general path.
/// </summary>
internal static class KeyOrderPager
{
    public static EntityCollection? TryExecute(PreparedQuery prepared, DataStore store, RowSource source, QueryRuntime runtime)
    {
        var query = prepared.Query;
        if (prepared.Links.Count > 0 || query.Distinct || query.PageInfo?.ReturnTotalRecordCount == true || !InKeyOrder(prepared))
        {
            return null;
        }

        var pageNumber = query.TopCount is null && query.PageInfo is { PageNumber: > 1 } paging ? paging.PageNumber : 1;
        Guid? after = null;
        if (pageNumber > 1 && (after = PagingCookie.LastId(query.PageInfo!.PagingCookie)) is null)
        {
            return null; // a page number without a cookie: the general path counts pages from the start
        }

        after = Later(after, ConditionBound(prepared));
        var size = query.TopCount ?? (query.PageInfo is { Count: > 0 } info ? info.Count : QueryEngine.DefaultPageSize);
        var table = store.Table(prepared.Table.LogicalName);
        var rows = new List<Entity>();
        foreach (var id in Candidates(prepared, table, runtime, after, size))
        {
            if (rows.Count > size)
            {
                break;
            }

            if (table.Get(id) is { } row && FilterEvaluator.Matches(query.Criteria, new JoinedRow(prepared.RootAlias, row), prepared.RootAlias, runtime))
            {
                rows.Add(row);
            }
        }

        var more = query.TopCount is null && rows.Count > size;
        var page = rows.Take(size).Select(r => ResultProjector.Project(prepared, new JoinedRow(prepared.RootAlias, r), source)).ToList();
        var collection = new EntityCollection(page) { EntityName = prepared.Table.LogicalName, MoreRecords = more };
        if (more && page.Count > 0)
        {
            collection.PagingCookie = PagingCookie.Build(prepared.Table.PrimaryIdAttribute, pageNumber, page[0].Id, page[^1].Id);
        }

        return collection;
    }

    private static bool InKeyOrder(PreparedQuery prepared) => prepared.Query.Orders.Count switch
    {
        0 => true,
        1 => prepared.Query.Orders[0].OrderType == OrderType.Ascending
            && string.Equals(prepared.Query.Orders[0].AttributeName, prepared.Table.PrimaryIdAttribute, StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>Ids in key order after <paramref name="after"/>: the key order walked and tested against the chosen index,
    /// or the index's ids sorted, whichever visits fewer ids for one page.</summary>
    private static IEnumerable<Guid> Candidates(PreparedQuery prepared, TableStore table, QueryRuntime runtime, Guid? after, int size)
    {
        if (IndexedCandidates.Choose(prepared, table, runtime) is not { } indexed)
        {
            return table.IdsInOrder(after);
        }

        // Walking finds about one candidate every Count/indexed.Count ids; sorting visits all of them.
        var walk = (double)(size + 1) * table.Count / Math.Max(1, indexed.Count);
        if (walk < indexed.Count)
        {
            return table.IdsInOrder(after).Where(indexed.Contains);
        }

        var ids = after is { } last ? indexed.Ids.Where(id => id.CompareTo(last) > 0).ToList() : indexed.Ids.ToList();
        ids.Sort();
        return ids;
    }

    /// <summary>A top-level "primary key greater than x" (keyset paging by condition): no row at or before x can match.</summary>
    private static Guid? ConditionBound(PreparedQuery prepared)
    {
        var criteria = prepared.Query.Criteria;
        if (criteria is null || criteria.FilterOperator != LogicalOperator.And)
        {
            return null;
        }

        Guid? bound = null;
        foreach (var condition in criteria.Conditions)
        {
            if (condition.Operator == ConditionOperator.GreaterThan && condition.Values.Count == 1
                && (string.IsNullOrEmpty(condition.EntityName) || condition.EntityName == prepared.RootAlias)
                && string.Equals(condition.AttributeName, prepared.Table.PrimaryIdAttribute, StringComparison.Ordinal)
                && IndexableValue.AsGuid(condition.Values[0]) is { } value)
            {
                bound = Later(bound, value);
            }
        }

        return bound;
    }

    private static Guid? Later(Guid? a, Guid? b) => a is null ? b : b is null ? a : (a.Value.CompareTo(b.Value) >= 0 ? a : b);
}
