using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The requests of an ExecuteMultiple or ExecuteTransaction request.</summary>
[CollectionDataContract(Name = "OrganizationRequestCollection", Namespace = XrmNamespaces.Contracts2012)]
[KnownType(typeof(EntityImageCollection))]
[Serializable]
public sealed class OrganizationRequestCollection : DataCollection<OrganizationRequest>
{
    public OrganizationRequestCollection()
    {
    }
}
