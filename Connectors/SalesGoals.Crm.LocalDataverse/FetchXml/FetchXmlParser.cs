using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.LocalDataverse.Faults;
using SalesGoals.Crm.LocalDataverse.Metadata;

namespace SalesGoals.Crm.LocalDataverse.FetchXml;

/// <summary>Parses FetchXml into a QueryExpression (plus aggregate columns), checking tables and columns against the metadata.</summary>
internal sealed class FetchXmlParser(MetadataCatalog metadata)
{
    private readonly List<FetchAttribute> _aggregates = [];
    private readonly List<(string, bool)> _aliasOrders = [];
    private int _linkCounter;

    public static string EntityNameOf(string fetchXml) => Root(fetchXml).Element("entity")?.Attribute("name")?.Value
        ?? throw DataverseFault.InvalidArgument("The fetch has no entity element.");

    public FetchQuery Parse(string fetchXml)
    {
        var fetch = Root(fetchXml);
        var entity = fetch.Element("entity") ?? throw DataverseFault.InvalidArgument("The fetch has no entity element.");
        var name = Required(entity, "name");
        var table = metadata.Get(name);
        var query = new QueryExpression(name) { Distinct = Bool(fetch, "distinct"), NoLock = Bool(fetch, "no-lock") };
        if (fetch.Attribute("top") is { } top)
        {
            query.TopCount = int.Parse(top.Value, CultureInfo.InvariantCulture);
        }

        if (fetch.Attribute("count") is { } count)
        {
            query.PageInfo = new PagingInfo
            {
                Count = int.Parse(count.Value, CultureInfo.InvariantCulture),
                PageNumber = fetch.Attribute("page") is { } page ? int.Parse(page.Value, CultureInfo.InvariantCulture) : 1,
                PagingCookie = fetch.Attribute("paging-cookie")?.Value,
                ReturnTotalRecordCount = Bool(fetch, "returntotalrecordcount"),
            };
        }

        var aggregate = Bool(fetch, "aggregate");
        query.ColumnSet = Columns(entity, name, table, aggregate);
        foreach (var order in entity.Elements("order"))
        {
            AddOrder(order, query.Orders, table);
        }

        foreach (var filter in entity.Elements("filter"))
        {
            query.Criteria.AddFilter(Filter(filter, table));
        }

        foreach (var link in entity.Elements("link-entity"))
        {
            query.LinkEntities.Add(Link(link, name, table, aggregate));
        }

        return new FetchQuery(query, aggregate, _aggregates, _aliasOrders);
    }

    private LinkEntity Link(XElement element, string parentName, TableMetadata parent, bool aggregate)
    {
        var name = Required(element, "name");
        var table = metadata.Get(name);
        var from = Required(element, "from");
        var to = Required(element, "to");
        MetadataCatalog.GetColumn(table, from);
        MetadataCatalog.GetColumn(parent, to);
        var alias = element.Attribute("alias")?.Value ?? $"{name}{++_linkCounter}";
        var outer = string.Equals(element.Attribute("link-type")?.Value, "outer", StringComparison.OrdinalIgnoreCase);
        var link = new LinkEntity(parentName, name, to, from, outer ? JoinOperator.LeftOuter : JoinOperator.Inner)
        {
            EntityAlias = alias,
            Columns = Columns(element, alias, table, aggregate),
        };
        foreach (var filter in element.Elements("filter"))
        {
            link.LinkCriteria.AddFilter(Filter(filter, table));
        }

        foreach (var order in element.Elements("order"))
        {
            AddOrder(order, link.Orders, table);
        }

        foreach (var child in element.Elements("link-entity"))
        {
            link.LinkEntities.Add(Link(child, name, table, aggregate));
        }

        return link;
    }

    private ColumnSet Columns(XElement entity, string alias, TableMetadata table, bool aggregate)
    {
        if (entity.Element("all-attributes") is not null)
        {
            return new ColumnSet(true);
        }

        var columns = new ColumnSet();
        foreach (var attribute in entity.Elements("attribute"))
        {
            var name = Required(attribute, "name");
            MetadataCatalog.GetColumn(table, name);
            if (aggregate)
            {
                _aggregates.Add(new FetchAttribute(alias, name, attribute.Attribute("alias")?.Value, attribute.Attribute("aggregate")?.Value,
                    Bool(attribute, "groupby"), attribute.Attribute("dategrouping")?.Value, Bool(attribute, "distinct")));
            }
            else
            {
                columns.AddColumn(name);
            }
        }

        return columns;
    }

    private void AddOrder(XElement order, ICollection<OrderExpression> orders, TableMetadata table)
    {
        var descending = Bool(order, "descending");
        if (order.Attribute("alias") is { } alias)
        {
            _aliasOrders.Add((alias.Value, descending));
            return;
        }

        var attribute = Required(order, "attribute");
        MetadataCatalog.GetColumn(table, attribute);
        orders.Add(new OrderExpression(attribute, descending ? OrderType.Descending : OrderType.Ascending));
    }

    private static FilterExpression Filter(XElement element, TableMetadata table)
    {
        var filter = new FilterExpression(string.Equals(element.Attribute("type")?.Value, "or", StringComparison.OrdinalIgnoreCase)
            ? LogicalOperator.Or : LogicalOperator.And);
        foreach (var child in element.Elements())
        {
            if (child.Name.LocalName == "filter")
            {
                filter.AddFilter(Filter(child, table));
            }
            else if (child.Name.LocalName == "condition")
            {
                filter.AddCondition(Condition(child, table));
            }
        }

        return filter;
    }

    private static ConditionExpression Condition(XElement element, TableMetadata table)
    {
        var attribute = Required(element, "attribute");
        var entityName = element.Attribute("entityname")?.Value;
        var op = FetchOperators.Parse(Required(element, "operator"));
        var texts = element.Attribute("value") is { } value ? [value.Value] : element.Elements("value").Select(v => v.Value).ToList();
        ConditionExpression condition;
        if (entityName is null)
        {
            var column = MetadataCatalog.GetColumn(table, attribute);
            var values = texts.Select(t => FetchOperators.TakesCount(op) ? int.Parse(t, CultureInfo.InvariantCulture) : FetchValueConverter.Convert(table, column, t)).ToArray();
            condition = new ConditionExpression(attribute, op, values);
        }
        else
        {
            // Values for a condition on another alias are converted when that alias's table is known: the engine aligns text values.
            condition = new ConditionExpression(entityName, attribute, op, texts.Cast<object>().ToArray());
        }

        return condition;
    }

    private static XElement Root(string fetchXml)
    {
        try
        {
            var root = XElement.Parse(fetchXml);
            return root.Name.LocalName == "fetch" ? root : throw DataverseFault.InvalidArgument("The root element of a FetchXml query must be fetch.");
        }
        catch (XmlException ex)
        {
            throw DataverseFault.InvalidArgument($"The FetchXml is not well-formed: {ex.Message}");
        }
    }

    private static string Required(XElement element, string attribute) =>
        element.Attribute(attribute)?.Value ?? throw DataverseFault.InvalidArgument($"The '{element.Name.LocalName}' element needs a '{attribute}' attribute.");

    private static bool Bool(XElement element, string attribute) =>
        element.Attribute(attribute)?.Value is { } value && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));
}
