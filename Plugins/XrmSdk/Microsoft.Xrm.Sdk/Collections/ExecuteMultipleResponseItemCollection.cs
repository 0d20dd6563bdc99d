using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The per-request outcomes of an ExecuteMultiple request.</summary>
[CollectionDataContract(Name = "ExecuteMultipleResponseItemCollection", Namespace = XrmNamespaces.Contracts2012)]
[Serializable]
public sealed class ExecuteMultipleResponseItemCollection : DataCollection<ExecuteMultipleResponseItem>
{
    public ExecuteMultipleResponseItemCollection()
    {
    }
}
