using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The role of the primary table in a self-referencing relationship.</summary>
[DataContract(Name = "EntityRole", Namespace = XrmNamespaces.Contracts)]
public enum EntityRole
{
    [EnumMember]
    Referencing = 0,

    [EnumMember]
    Referenced = 1,
}
