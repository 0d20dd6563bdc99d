using System;
using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>A message to the organization service: its name and named parameters.</summary>
[DataContract(Name = "OrganizationRequest", Namespace = XrmNamespaces.Contracts)]
[KnownType(nameof(GetKnownTypes))]
public class OrganizationRequest : IExtensibleDataObject
{
    private ParameterCollection _parameters;

    public OrganizationRequest()
    {
    }

    public OrganizationRequest(string requestName)
    {
        RequestName = requestName;
    }

    [DataMember]
    public string RequestName { get; set; }

    [DataMember]
    public ParameterCollection Parameters
    {
        get => _parameters ??= new ParameterCollection();
        set => _parameters = value;
    }

    [DataMember]
    public Guid? RequestId { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }

    public object this[string parameterName]
    {
        get => Parameters[parameterName];
        set => Parameters[parameterName] = value;
    }

    private static IEnumerable<Type> GetKnownTypes() => XrmKnownTypes.All;
}
