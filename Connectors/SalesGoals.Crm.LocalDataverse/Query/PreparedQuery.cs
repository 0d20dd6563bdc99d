using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.LocalDataverse.Faults;
using SalesGoals.Crm.LocalDataverse.Metadata;

namespace SalesGoals.Crm.LocalDataverse.Query;

/// <summary>A QueryExpression checked against the metadata, with every link-entity's alias resolved.</summary>
internal sealed class PreparedQuery
{
    private readonly Dictionary<string, TableMetadata> _aliases = new(StringComparer.Ordinal);
    private int _linkCounter;

    public PreparedQuery(QueryExpression query, MetadataCatalog metadata)
    {
        Query = query;
        Table = metadata.Get(query.EntityName);
        RootAlias = query.EntityName;
        _aliases[RootAlias] = Table;
        Links = Prepare(query.LinkEntities, RootAlias, Table, metadata);
        CheckColumns(query.ColumnSet, Table);
        CheckFilter(query.Criteria, RootAlias);
        foreach (var order in query.Orders)
        {
            MetadataCatalog.GetColumn(Table, order.AttributeName);
        }
    }

    public QueryExpression Query { get; }

    public TableMetadata Table { get; }

    public string RootAlias { get; }

    public IReadOnlyList<PreparedLink> Links { get; }

    public IEnumerable<PreparedLink> AllLinks => Flatten(Links);

    public TableMetadata TableOf(string alias) =>
        _aliases.TryGetValue(alias, out var table) ? table
        : throw DataverseFault.InvalidArgument($"No Entity with alias or name '{alias}' was found in the query.");

    private List<PreparedLink> Prepare(IEnumerable<LinkEntity> links, string parentAlias, TableMetadata parent, MetadataCatalog metadata)
    {
        var prepared = new List<PreparedLink>();
        foreach (var link in links)
        {
            var table = metadata.Get(link.LinkToEntityName);
            MetadataCatalog.GetColumn(parent, link.LinkFromAttributeName);
            MetadataCatalog.GetColumn(table, link.LinkToAttributeName);
            var alias = string.IsNullOrEmpty(link.EntityAlias) ? $"{link.LinkToEntityName}{++_linkCounter}" : link.EntityAlias;
            _aliases[alias] = table;
            CheckColumns(link.Columns, table);
            var children = Prepare(link.LinkEntities, alias, table, metadata);
            prepared.Add(new PreparedLink(link, alias, parentAlias, table, children));
        }

        foreach (var link in prepared)
        {
            CheckFilter(link.Link.LinkCriteria, link.Alias);
            foreach (var order in link.Link.Orders)
            {
                MetadataCatalog.GetColumn(link.Table, order.AttributeName);
            }
        }

        return prepared;
    }

    private static void CheckColumns(ColumnSet? columns, TableMetadata table)
    {
        if (columns is null || columns.AllColumns)
        {
            return;
        }

        foreach (var column in columns.Columns)
        {
            MetadataCatalog.GetColumn(table, column);
        }
    }

    private void CheckFilter(FilterExpression? filter, string defaultAlias)
    {
        if (filter is null)
        {
            return;
        }

        foreach (var condition in filter.Conditions)
        {
            MetadataCatalog.GetColumn(TableOf(string.IsNullOrEmpty(condition.EntityName) ? defaultAlias : condition.EntityName), condition.AttributeName);
        }

        foreach (var child in filter.Filters)
        {
            CheckFilter(child, defaultAlias);
        }
    }

    private static IEnumerable<PreparedLink> Flatten(IEnumerable<PreparedLink> links) =>
        links.SelectMany(l => new[] { l }.Concat(Flatten(l.Children)));
}
