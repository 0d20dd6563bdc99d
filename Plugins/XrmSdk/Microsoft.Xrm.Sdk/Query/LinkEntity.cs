using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>A join from one table to another inside a query, with its own columns, filter and orders.</summary>
[DataContract(Name = "LinkEntity", Namespace = XrmNamespaces.Contracts)]
public sealed class LinkEntity : IExtensibleDataObject
{
    private ColumnSet _columns;
    private DataCollection<LinkEntity> _linkEntities;
    private DataCollection<OrderExpression> _orders;

    public LinkEntity()
        : this(null, null, null, null, JoinOperator.Inner)
    {
    }

    public LinkEntity(string linkFromEntityName, string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
    {
        LinkFromEntityName = linkFromEntityName;
        LinkToEntityName = linkToEntityName;
        LinkFromAttributeName = linkFromAttributeName;
        LinkToAttributeName = linkToAttributeName;
        JoinOperator = joinOperator;
        _columns = new ColumnSet();
        LinkCriteria = new FilterExpression();
    }

    [DataMember]
    public string LinkFromAttributeName { get; set; }

    [DataMember]
    public string LinkFromEntityName { get; set; }

    [DataMember]
    public string LinkToEntityName { get; set; }

    [DataMember]
    public string LinkToAttributeName { get; set; }

    [DataMember]
    public JoinOperator JoinOperator { get; set; }

    [DataMember]
    public FilterExpression LinkCriteria { get; set; }

    [DataMember]
    public DataCollection<LinkEntity> LinkEntities
    {
        get => _linkEntities ??= new DataCollection<LinkEntity>();
        private set => _linkEntities = value;
    }

    [DataMember]
    public ColumnSet Columns
    {
        get => _columns ??= new ColumnSet();
        set => _columns = value;
    }

    [DataMember]
    public string EntityAlias { get; set; }

    [DataMember(Order = 80)]
    public DataCollection<OrderExpression> Orders
    {
        get => _orders ??= new DataCollection<OrderExpression>();
        private set => _orders = value;
    }

    public ExtensionDataObject ExtensionData { get; set; }

    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName)
    {
        return AddLink(linkToEntityName, linkFromAttributeName, linkToAttributeName, JoinOperator.Inner);
    }

    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
    {
        // Odd but official: a nested link starts from this link's *from* table, not its to-table.
        var link = new LinkEntity(LinkFromEntityName, linkToEntityName, linkFromAttributeName, linkToAttributeName, joinOperator);
        LinkEntities.Add(link);
        return link;
    }
}
