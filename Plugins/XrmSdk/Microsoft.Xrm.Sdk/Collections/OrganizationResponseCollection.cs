using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The responses of an ExecuteTransaction request.</summary>
[CollectionDataContract(Name = "OrganizationResponseCollection", Namespace = XrmNamespaces.Contracts71)]
[Serializable]
public sealed class OrganizationResponseCollection : DataCollection<OrganizationResponse>
{
    public OrganizationResponseCollection()
    {
    }
}
