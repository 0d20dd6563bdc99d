using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>Sort direction of an order expression.</summary>
[DataContract(Name = "OrderType", Namespace = XrmNamespaces.Contracts)]
public enum OrderType
{
    [EnumMember]
    Ascending = 0,

    [EnumMember]
    Descending = 1,
}
