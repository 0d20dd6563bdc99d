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

    [DataMember]
    public string AttributeName { get; set; }

    [DataMember]
    public OrderType OrderType { get; set; }

    [DataMember]
    public string Alias { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }
}
