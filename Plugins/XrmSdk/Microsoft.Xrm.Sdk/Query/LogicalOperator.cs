using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>How the conditions and child filters of a filter combine.</summary>
[DataContract(Name = "LogicalOperator", Namespace = XrmNamespaces.Contracts)]
public enum LogicalOperator
{
    [EnumMember]
    And = 0,

    [EnumMember]
    Or = 1,
}
