using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Alternate key values that identify a record.</summary>
[CollectionDataContract(Name = "KeyAttributeCollection", Namespace = XrmNamespaces.Contracts71)]
[KnownType(nameof(GetKnownTypes))]
[Serializable]
public sealed class KeyAttributeCollection : DataCollection<string, object>
{
    private static IEnumerable<Type> GetKnownTypes() => XrmKnownTypes.All;
}
