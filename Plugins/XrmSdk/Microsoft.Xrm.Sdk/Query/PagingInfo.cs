using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>Which page of a query result to return, and whether to count all records.</summary>
[DataContract(Name = "PagingInfo", Namespace = XrmNamespaces.Contracts)]
public sealed class PagingInfo : IExtensibleDataObject
{
    [DataMember]
    public int PageNumber { get; set; }

    [DataMember]
    public int Count { get; set; }

    [DataMember]
    public string PagingCookie { get; set; }

    [DataMember]
    public bool ReturnTotalRecordCount { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }
}
