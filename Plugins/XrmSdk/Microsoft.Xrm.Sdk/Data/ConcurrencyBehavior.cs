using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Optimistic concurrency behaviour of update and delete requests.</summary>
[DataContract(Name = "ConcurrencyBehavior", Namespace = XrmNamespaces.Contracts71)]
public enum ConcurrencyBehavior
{
    [EnumMember]
    Default = 0,

    [EnumMember]
    IfRowVersionMatches = 1,

    [EnumMember]
    AlwaysOverwrite = 2,
}
