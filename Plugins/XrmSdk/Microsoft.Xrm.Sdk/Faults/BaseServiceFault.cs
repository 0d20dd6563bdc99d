using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The common part of the SDK's service faults.</summary>
[DataContract(Name = "BaseServiceFault", Namespace = XrmNamespaces.Contracts)]
[KnownType(typeof(OrganizationServiceFault))]
[KnownType(typeof(ExecuteTransactionFault))]
[Serializable]
public abstract class BaseServiceFault : IExtensibleDataObject
{
    private ErrorDetailCollection _errorDetails;

    [DataMember]
    public string Message { get; set; }

    [DataMember]
    public int ErrorCode { get; set; }

    [DataMember]
    public string HelpLink { get; set; }

    [DataMember]
    public DateTime Timestamp { get; set; }

    [DataMember]
    public Guid ActivityId { get; set; }

    [DataMember]
    public ErrorDetailCollection ErrorDetails
    {
        get => _errorDetails ??= new ErrorDetailCollection();
        set => _errorDetails = value;
    }

    [field: NonSerialized]
    public ExtensionDataObject ExtensionData { get; set; }
}
