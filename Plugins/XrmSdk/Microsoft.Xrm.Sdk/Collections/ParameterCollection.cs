using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Request parameters, response results and plug-in shared variables, keyed by name.</summary>
[CollectionDataContract(Name = "ParameterCollection", Namespace = XrmNamespaces.Contracts)]
[KnownType(nameof(GetKnownTypes))]
[Serializable]
public sealed class ParameterCollection : DataCollection<string, object>
{
    private static IEnumerable<Type> GetKnownTypes() => XrmKnownTypes.All;
}
