using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>A query by equality on attribute values (all must match).</summary>
[DataContract(Name = "QueryByAttribute", Namespace = XrmNamespaces.Contracts)]
public sealed class QueryByAttribute : QueryBase
{
    private ColumnSet _columnSet;
    private PagingInfo _pageInfo;
    private DataCollection<string> _attributes;
    private DataCollection<object> _values;
    private DataCollection<OrderExpression> _orders;

    public QueryByAttribute()
    {
    }

    public QueryByAttribute(string entityName)
    {
        EntityName = entityName;
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
    public DataCollection<string> Attributes
    {
        get => _attributes ??= new DataCollection<string>();
        private set => _attributes = value;
    }

    [DataMember]
    public DataCollection<object> Values
    {
        get => _values ??= new DataCollection<object>();
        private set => _values = value;
    }

    [DataMember]
    public DataCollection<OrderExpression> Orders
    {
        get => _orders ??= new DataCollection<OrderExpression>();
        private set => _orders = value;
    }

    [DataMember]
    public PagingInfo PageInfo
    {
        get => _pageInfo ??= new PagingInfo();
        set => _pageInfo = value;
    }

    [DataMember]
    public int? TopCount { get; set; }

    public void AddAttributeValue(string attributeName, object value)
    {
        Attributes.Add(attributeName);
        Values.Add(value);
    }

    public void AddOrder(string attributeName, OrderType orderType)
    {
        Orders.Add(new OrderExpression(attributeName, orderType));
    }
}
