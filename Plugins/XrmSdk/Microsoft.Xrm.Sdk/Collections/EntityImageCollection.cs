using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Pre- and post-operation images of a plug-in step, keyed by image alias.</summary>
[CollectionDataContract(Name = "EntityImageCollection", Namespace = XrmNamespaces.Contracts)]
[KnownType(nameof(GetKnownTypes))]
[Serializable]
public class EntityImageCollection : DataCollection<string, Entity>
{
    private static IEnumerable<Type> GetKnownTypes() => XrmKnownTypes.All;
}
