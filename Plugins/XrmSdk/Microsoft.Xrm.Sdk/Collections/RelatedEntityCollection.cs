using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Related records of an entity, keyed by relationship.</summary>
[CollectionDataContract(Name = "RelatedEntityCollection", Namespace = XrmNamespaces.Contracts)]
[KnownType(nameof(GetKnownTypes))]
[Serializable]
public sealed class RelatedEntityCollection : DataCollection<Relationship, EntityCollection>
{
    private static IEnumerable<Type> GetKnownTypes() => XrmKnownTypes.All;
}
