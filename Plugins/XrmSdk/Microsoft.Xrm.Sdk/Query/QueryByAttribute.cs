using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>
/// A query by equality on attribute values (all must match). Odd but official: only the
/// parameterless constructor creates the column set and paging info; with
/// <c>new QueryByAttribute("account")</c> both stay null until set.
/// </summary>
[DataContract(Name = "QueryByAttribute", Namespace = XrmNamespaces.Contracts)]
public sealed class QueryByAttribute : QueryBase
{
    private DataCollection<string> _attributes;
    private DataCollection<object> _values;
    private DataCollection<OrderExpression> _orders;

    public QueryByAttribute()
    {
        ColumnSet = new ColumnSet();
        PageInfo = new PagingInfo();
    }

    public QueryByAttribute(string entityName)
    {
        EntityName = entityName;
    }

    [DataMember]
    public string EntityName { get; set; }

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
    public PagingInfo PageInfo { get; set; }

    [DataMember]
    public ColumnSet ColumnSet { get; set; }

    [DataMember]
    public DataCollection<OrderExpression> Orders
    {
        get => _orders ??= new DataCollection<OrderExpression>();
        private set => _orders = value;
    }

    [DataMember(Order = 50)]
    public int? TopCount { get; set; }

    public void AddOrder(string attributeName, OrderType orderType)
    {
        Orders.Add(new OrderExpression(attributeName, orderType));
    }

    public void AddAttributeValue(string attributeName, object value)
    {
        Attributes.Add(attributeName);
        Values.Add(value);
    }
}
