using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Attribute values of an entity, keyed by attribute logical name (case-sensitive, as in Dataverse).</summary>
[CollectionDataContract(Name = "AttributeCollection", Namespace = XrmNamespaces.Contracts)]
[KnownType(nameof(GetKnownTypes))]
[Serializable]
public sealed class AttributeCollection : DataCollection<string, object>
{
    private static IEnumerable<Type> GetKnownTypes() => XrmKnownTypes.All;
}
