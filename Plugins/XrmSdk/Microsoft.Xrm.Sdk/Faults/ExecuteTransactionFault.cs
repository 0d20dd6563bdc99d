using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The fault of an ExecuteTransaction request: which request failed.</summary>
[DataContract(Name = "ExecuteTransactionFault", Namespace = XrmNamespaces.Contracts71)]
[Serializable]
public sealed class ExecuteTransactionFault : OrganizationServiceFault
{
    [DataMember]
    public int FaultedRequestIndex { get; set; }
}
