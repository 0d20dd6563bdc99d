using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>
/// A query built from objects: table, columns, criteria, links, orders and paging. A new query
/// has an empty column set (ids only), an empty AND filter and an empty paging info; setting
/// any of them to null leaves it null, as in the SDK.
/// </summary>
[DataContract(Name = "QueryExpression", Namespace = XrmNamespaces.Contracts)]
public sealed class QueryExpression : QueryBase
{
    private DataCollection<LinkEntity> _linkEntities;
    private DataCollection<OrderExpression> _orders;

    public QueryExpression()
        : this(null)
    {
    }

    public QueryExpression(string entityName)
    {
        EntityName = entityName;
        Criteria = new FilterExpression();
        PageInfo = new PagingInfo();
        ColumnSet = new ColumnSet();
    }

    [DataMember]
    public bool Distinct { get; set; }

    [DataMember(Order = 50)]
    public bool NoLock { get; set; }

    [DataMember(IsRequired = false, EmitDefaultValue = false)]
    public QueryExpression SubQueryExpression { get; set; }

    [DataMember]
    public PagingInfo PageInfo { get; set; }

    [DataMember(Order = 92, EmitDefaultValue = false)]
    public string QueryHints { get; set; }

    [DataMember(Order = 93, EmitDefaultValue = false)]
    public string DataSource { get; set; }

    [DataMember]
    public DataCollection<LinkEntity> LinkEntities
    {
        get => _linkEntities ??= new DataCollection<LinkEntity>();
        private set => _linkEntities = value;
    }

    [DataMember]
    public FilterExpression Criteria { get; set; }

    [DataMember]
    public DataCollection<OrderExpression> Orders
    {
        get => _orders ??= new DataCollection<OrderExpression>();
        private set => _orders = value;
    }

    [DataMember]
    public string EntityName { get; set; }

    [DataMember]
    public ColumnSet ColumnSet { get; set; }

    [DataMember(Order = 50, EmitDefaultValue = false)]
    public int? TopCount { get; set; }

    public void AddOrder(string attributeName, OrderType orderType)
    {
        Orders.Add(new OrderExpression(attributeName, orderType));
    }

    public void AddOrder(string attributeName, OrderType orderType, string alias, string entityName)
    {
        Orders.Add(new OrderExpression(attributeName, orderType, alias, entityName));
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
