using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>The base of the three query forms RetrieveMultiple accepts.</summary>
[DataContract(Name = "QueryBase", Namespace = XrmNamespaces.Contracts)]
[KnownType(typeof(QueryExpression))]
[KnownType(typeof(QueryByAttribute))]
[KnownType(typeof(FetchExpression))]
public abstract class QueryBase : IExtensibleDataObject
{
    internal QueryBase()
    {
    }

    public ExtensionDataObject ExtensionData { get; set; }
}
