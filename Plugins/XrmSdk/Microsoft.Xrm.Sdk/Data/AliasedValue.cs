using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>A value that came from a linked table or an aggregate, with where it came from.</summary>
[DataContract(Name = "AliasedValue", Namespace = XrmNamespaces.Contracts)]
[KnownType(nameof(GetKnownTypes))]
public sealed class AliasedValue : IExtensibleDataObject
{
    public AliasedValue()
    {
    }

    public AliasedValue(string entityLogicalName, string attributeLogicalName, object value)
    {
        EntityLogicalName = entityLogicalName;
        AttributeLogicalName = attributeLogicalName;
        Value = value;
    }

    [DataMember]
    public string AttributeLogicalName { get; private set; }

    [DataMember]
    public string EntityLogicalName { get; private set; }

    [DataMember]
    public object Value { get; private set; }

    // Internal wire members of the official contract, kept so the JSON has the same shape.
    [DataMember]
    internal bool NeedFormatting { get; set; }

    [DataMember]
    internal int ReturnType { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }

    private static IEnumerable<Type> GetKnownTypes() => XrmKnownTypes.All;
}
