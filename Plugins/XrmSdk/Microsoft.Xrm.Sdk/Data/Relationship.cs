using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>A relationship by schema name, with the role of the primary table for self-referencing ones.</summary>
[DataContract(Name = "Relationship", Namespace = XrmNamespaces.Contracts)]
public sealed class Relationship : IExtensibleDataObject
{
    public Relationship()
    {
    }

    public Relationship(string schemaName)
    {
        SchemaName = schemaName;
    }

    [DataMember]
    public EntityRole? PrimaryEntityRole { get; set; }

    [DataMember]
    public string SchemaName { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }

    public override bool Equals(object obj)
    {
        return obj is Relationship other
            && string.Equals(SchemaName, other.SchemaName, StringComparison.Ordinal)
            && PrimaryEntityRole == other.PrimaryEntityRole;
    }

    public override int GetHashCode()
    {
        return (SchemaName == null ? 0 : StringComparer.Ordinal.GetHashCode(SchemaName)) ^ PrimaryEntityRole.GetHashCode();
    }
}
