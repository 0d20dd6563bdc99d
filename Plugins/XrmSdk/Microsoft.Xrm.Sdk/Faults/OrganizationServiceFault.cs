using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The detail of a <c>FaultException&lt;OrganizationServiceFault&gt;</c> from the organization service.</summary>
[DataContract(Name = "OrganizationServiceFault", Namespace = XrmNamespaces.Contracts)]
[KnownType(typeof(ExecuteTransactionFault))]
[Serializable]
public class OrganizationServiceFault : BaseServiceFault
{
    [DataMember]
    public OrganizationServiceFault InnerFault { get; set; }

    [DataMember]
    public string TraceText { get; set; }
}
