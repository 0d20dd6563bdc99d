using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>Sorts query results by one attribute (or aggregate alias).</summary>
[DataContract(Name = "OrderExpression", Namespace = XrmNamespaces.Contracts)]
public sealed class OrderExpression : IExtensibleDataObject
{
    public OrderExpression()
    {
    }

    public OrderExpression(string attributeName, OrderType orderType)
    {
        AttributeName = attributeName;
        OrderType = orderType;
    }

    public OrderExpression(string attributeName, OrderType orderType, string alias)
        : this(attributeName, orderType)
    {
        Alias = alias;
    }

    public OrderExpression(string attributeName, OrderType orderType, string alias, string entityName)
        : this(attributeName, orderType, alias)
    {
        EntityName = entityName;
    }

    [DataMember]
    public string AttributeName { get; set; }

    [DataMember]
    public OrderType OrderType { get; set; }

    [DataMember]
    public string Alias { get; set; }

    /// <summary>The alias of the linked table whose attribute sorts the results.</summary>
    [DataMember]
    public string EntityName { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }
}
