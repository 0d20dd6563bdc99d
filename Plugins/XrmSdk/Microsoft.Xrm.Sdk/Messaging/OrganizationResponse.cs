using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The answer to an <see cref="OrganizationRequest"/>: its name and named results.</summary>
[DataContract(Name = "OrganizationResponse", Namespace = XrmNamespaces.Contracts)]
[KnownType(nameof(GetKnownTypes))]
public class OrganizationResponse : IExtensibleDataObject
{
    private ParameterCollection _results;

    [DataMember]
    public string ResponseName { get; set; }

    [DataMember]
    public ParameterCollection Results
    {
        get => _results ??= new ParameterCollection();
        set => _results = value;
    }

    public ExtensionDataObject ExtensionData { get; set; }

    public object this[string parameterName]
    {
        get => Results[parameterName];
        set => Results[parameterName] = value;
    }

    private static IEnumerable<Type> GetKnownTypes() => XrmKnownTypes.All;
}
