using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>A list of record references (associate, disassociate).</summary>
[CollectionDataContract(Name = "EntityReferenceCollection", Namespace = XrmNamespaces.Contracts)]
[Serializable]
public sealed class EntityReferenceCollection : DataCollection<EntityReference>
{
    public EntityReferenceCollection()
    {
    }

    public EntityReferenceCollection(IList<EntityReference> list)
        : base(list)
    {
    }
}
