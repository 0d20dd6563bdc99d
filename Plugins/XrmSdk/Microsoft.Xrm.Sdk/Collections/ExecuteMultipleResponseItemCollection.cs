using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The per-request outcomes of an ExecuteMultiple request.</summary>
// The official contract really is named "OrganizationResponseCollection" (2012 namespace); kept for the wire.
[CollectionDataContract(Name = "OrganizationResponseCollection", Namespace = XrmNamespaces.Contracts2012)]
[Serializable]
public sealed class ExecuteMultipleResponseItemCollection : DataCollection<ExecuteMultipleResponseItem>
{
    public ExecuteMultipleResponseItemCollection()
    {
    }
}
