using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.LocalDataverse.Metadata;
using SalesGoals.Crm.LocalDataverse.Storage;

namespace SalesGoals.Crm.LocalDataverse.Query;

/// <summary>
/// Runs QueryExpressions over the store. Root rows come from an equality index when the top-level
/// AND filter has an Equal/In condition on a root column, so a query never copies the table. A query
/// in primary-key order (no order, or the primary key ascending) reads only up to its page, continuing
/// after the paging cookie's last id (<see cref="KeyOrderPager"/>).
/// </summary>
internal sealed class QueryEngine(MetadataCatalog metadata, DataStore store, RowSource source)
{
    /// <summary>Dataverse's page size when a query asks for no paging.</summary>
    public const int DefaultPageSize = 5000;

    public EntityCollection Execute(QueryExpression query, QueryRuntime runtime)
    {
        var prepared = new PreparedQuery(query, metadata);
        if (KeyOrderPager.TryExecute(prepared, store, source, runtime) is { } page)
        {
            return page;
        }

        var rows = Match(prepared, runtime);
        var ordered = Order(prepared, rows).ToList();
        var projected = ordered.Select(r => ResultProjector.Project(prepared, r, source)).ToList();
        if (query.Distinct)
        {
            projected = projected.DistinctBy(ResultProjector.DistinctKey).ToList();
        }

        return Page(prepared, query, projected);
    }

    /// <summary>The joined rows that satisfy the query's filters, unordered.</summary>
    public IReadOnlyList<JoinedRow> Match(PreparedQuery prepared, QueryRuntime runtime)
    {
        var table = store.Table(prepared.Table.LogicalName);
        var result = new List<JoinedRow>();
        foreach (var root in Candidates(prepared, table, runtime))
        {
            foreach (var joined in Expand(new JoinedRow(prepared.RootAlias, root), prepared.Links, 0, runtime))
            {
                if (FilterEvaluator.Matches(prepared.Query.Criteria, joined, prepared.RootAlias, runtime))
                {
                    result.Add(joined);
                }
            }
        }

        return result;
    }

    private static IEnumerable<Entity> Candidates(PreparedQuery prepared, TableStore table, QueryRuntime runtime) =>
        IndexedCandidates.Choose(prepared, table, runtime) is { } indexed ? indexed.Ids.Select(table.Get).OfType<Entity>() : table.Rows;

    private IEnumerable<JoinedRow> Expand(JoinedRow row, IReadOnlyList<PreparedLink> links, int index, QueryRuntime runtime)
    {
        if (index == links.Count)
        {
            yield return row;
            yield break;
        }

        foreach (var joined in ExpandOne(row, links[index], runtime))
        {
            foreach (var expanded in Expand(joined, links, index + 1, runtime))
            {
                yield return expanded;
            }
        }
    }

    private IEnumerable<JoinedRow> ExpandOne(JoinedRow row, PreparedLink link, QueryRuntime runtime)
    {
        var any = false;
        var parentValue = row.Value(link.ParentAlias, link.Link.LinkFromAttributeName);
        var linked = store.Table(link.Table.LogicalName);
        if (parentValue is not null)
        {
            foreach (var match in IndexedCandidates.Lookup(linked, link.Table, link.Link.LinkToAttributeName, parentValue).Select(linked.Get).OfType<Entity>().ToList())
            {
                var candidate = row.With(link.Alias, match);
                if (!FilterEvaluator.Matches(link.Link.LinkCriteria, candidate, link.Alias, runtime))
                {
                    continue;
                }

                foreach (var expanded in Expand(candidate, link.Children, 0, runtime))
                {
                    any = true;
                    yield return expanded;
                }
            }
        }

        if (!any && link.IsOuter)
        {
            var empty = row.With(link.Alias, null);
            foreach (var child in link.Children)
            {
                empty = empty.With(child.Alias, null);
            }

            yield return empty;
        }
    }

    private static IEnumerable<JoinedRow> Order(PreparedQuery prepared, IReadOnlyList<JoinedRow> rows)
    {
        var orders = prepared.Query.Orders.Select(o => (Alias: prepared.RootAlias, Order: o))
            .Concat(prepared.AllLinks.SelectMany(l => l.Link.Orders.Select(o => (l.Alias, Order: o))))
            .ToList();
        if (orders.Count == 0)
        {
            // Dataverse pages unordered queries by primary key.
            return rows.OrderBy(r => r.Root.Id);
        }

        var primary = prepared.Table.PrimaryIdAttribute;
        return rows.OrderBy(r => r, Comparer<JoinedRow>.Create((a, b) =>
        {
            foreach (var (alias, order) in orders)
            {
                var compared = ValueComparer.Compare(a.Value(alias, order.AttributeName), b.Value(alias, order.AttributeName));
                if (compared != 0)
                {
                    return order.OrderType == OrderType.Descending ? -compared : compared;
                }
            }

            return ValueComparer.Compare(a.Root.Attributes.TryGetValue(primary, out var x) ? x : a.Root.Id, b.Root.Attributes.TryGetValue(primary, out var y) ? y : b.Root.Id);
        }));
    }

    private static EntityCollection Page(PreparedQuery prepared, QueryExpression query, List<Entity> rows)
    {
        var total = rows.Count;
        IEnumerable<Entity> selected = rows;
        var more = false;
        var page = 1;
        if (query.TopCount is int top)
        {
            selected = rows.Take(top);
        }
        else
        {
            var size = query.PageInfo is { Count: > 0 } info ? info.Count : DefaultPageSize;
            page = query.PageInfo is { PageNumber: > 1 } p ? p.PageNumber : 1;
            selected = rows.Skip((page - 1) * size).Take(size);
            more = total > page * size;
        }

        var list = selected.ToList();
        var collection = new EntityCollection(list) { EntityName = prepared.Table.LogicalName, MoreRecords = more };
        if (more && list.Count > 0)
        {
            collection.PagingCookie = PagingCookie.Build(prepared.Table.PrimaryIdAttribute, page, list[0].Id, list[^1].Id);
        }

        if (query.PageInfo?.ReturnTotalRecordCount == true)
        {
            collection.TotalRecordCount = Math.Min(total, DefaultPageSize);
            collection.TotalRecordCountLimitExceeded = total > DefaultPageSize;
        }

        return collection;
    }
}
