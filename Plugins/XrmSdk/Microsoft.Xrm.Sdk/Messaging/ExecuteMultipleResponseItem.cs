using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The outcome of one request inside an ExecuteMultiple request.</summary>
[DataContract(Name = "ExecuteMultipleResponseItem", Namespace = XrmNamespaces.Contracts2012)]
public sealed class ExecuteMultipleResponseItem : IExtensibleDataObject
{
    [DataMember]
    public int RequestIndex { get; set; }

    [DataMember]
    public OrganizationResponse Response { get; set; }

    [DataMember]
    public OrganizationServiceFault Fault { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }
}
