using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>A join from one table to another inside a query, with its own columns, filter and orders.</summary>
[DataContract(Name = "LinkEntity", Namespace = XrmNamespaces.Contracts)]
public sealed class LinkEntity : IExtensibleDataObject
{
    private ColumnSet _columns;
    private FilterExpression _linkCriteria;
    private DataCollection<LinkEntity> _linkEntities;
    private DataCollection<OrderExpression> _orders;

    public LinkEntity()
    {
    }

    public LinkEntity(string linkFromEntityName, string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
    {
        LinkFromEntityName = linkFromEntityName;
        LinkToEntityName = linkToEntityName;
        LinkFromAttributeName = linkFromAttributeName;
        LinkToAttributeName = linkToAttributeName;
        JoinOperator = joinOperator;
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
    public FilterExpression LinkCriteria
    {
        get => _linkCriteria ??= new FilterExpression();
        set => _linkCriteria = value;
    }

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

    [DataMember]
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
        var link = new LinkEntity(LinkToEntityName, linkToEntityName, linkFromAttributeName, linkToAttributeName, joinOperator);
        LinkEntities.Add(link);
        return link;
    }
}
