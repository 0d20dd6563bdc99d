using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Display texts of attribute values, keyed by attribute logical name.</summary>
[CollectionDataContract(Name = "FormattedValueCollection", Namespace = XrmNamespaces.Contracts)]
[KnownType(nameof(GetKnownTypes))]
[Serializable]
public sealed class FormattedValueCollection : DataCollection<string, string>
{
    private static IEnumerable<Type> GetKnownTypes() => XrmKnownTypes.All;
}
