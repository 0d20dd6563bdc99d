using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>A query written in FetchXML.</summary>
[DataContract(Name = "FetchExpression", Namespace = XrmNamespaces.Contracts)]
public sealed class FetchExpression : QueryBase
{
    public FetchExpression()
    {
    }

    public FetchExpression(string query)
    {
        Query = query;
    }

    [DataMember]
    public string Query { get; set; }
}
