using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Extra details of a service fault.</summary>
[CollectionDataContract(Name = "ErrorDetailCollection", Namespace = XrmNamespaces.Contracts)]
[KnownType(nameof(GetKnownTypes))]
[Serializable]
public sealed class ErrorDetailCollection : DataCollection<string, object>
{
    private static IEnumerable<Type> GetKnownTypes() => XrmKnownTypes.All;
}
