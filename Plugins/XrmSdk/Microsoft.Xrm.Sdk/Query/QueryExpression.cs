using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>A query built from objects: table, columns, criteria, links, orders and paging.</summary>
[DataContract(Name = "QueryExpression", Namespace = XrmNamespaces.Contracts)]
public sealed class QueryExpression : QueryBase
{
    private ColumnSet _columnSet;
    private FilterExpression _criteria;
    private PagingInfo _pageInfo;
    private DataCollection<LinkEntity> _linkEntities;
    private DataCollection<OrderExpression> _orders;

    public QueryExpression()
    {
    }

    public QueryExpression(string entityName)
    {
        EntityName = entityName;
    }

    [DataMember]
    public bool Distinct { get; set; }

    [DataMember]
    public bool NoLock { get; set; }

    [DataMember]
    public PagingInfo PageInfo
    {
        get => _pageInfo ??= new PagingInfo();
        set => _pageInfo = value;
    }

    [DataMember]
    public DataCollection<LinkEntity> LinkEntities
    {
        get => _linkEntities ??= new DataCollection<LinkEntity>();
        private set => _linkEntities = value;
    }

    [DataMember]
    public FilterExpression Criteria
    {
        get => _criteria ??= new FilterExpression();
        set => _criteria = value;
    }

    [DataMember]
    public DataCollection<OrderExpression> Orders
    {
        get => _orders ??= new DataCollection<OrderExpression>();
        private set => _orders = value;
    }

    [DataMember]
    public string EntityName { get; set; }

    [DataMember]
    public ColumnSet ColumnSet
    {
        get => _columnSet ??= new ColumnSet();
        set => _columnSet = value;
    }

    [DataMember]
    public int? TopCount { get; set; }

    public void AddOrder(string attributeName, OrderType orderType)
    {
        Orders.Add(new OrderExpression(attributeName, orderType));
    }

    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName)
    {
        return AddLink(linkToEntityName, linkFromAttributeName, linkToAttributeName, JoinOperator.Inner);
    }

    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
    {
        var link = new LinkEntity(EntityName, linkToEntityName, linkFromAttributeName, linkToAttributeName, joinOperator);
        LinkEntities.Add(link);
        return link;
    }
}
