using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>How an ExecuteMultiple request treats faults and responses.</summary>
[DataContract(Name = "ExecuteMultipleSettings", Namespace = XrmNamespaces.Contracts2012)]
public sealed class ExecuteMultipleSettings : IExtensibleDataObject
{
    [DataMember]
    public bool ContinueOnError { get; set; }

    [DataMember]
    public bool ReturnResponses { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }
}
