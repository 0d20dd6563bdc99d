using System;
using System.Globalization;
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

    /// <summary>"schemaname.Role" (the role part empty when not set).</summary>
    public override string ToString()
    {
        return string.Format(CultureInfo.InvariantCulture, "{0}.{1}", SchemaName ?? string.Empty, PrimaryEntityRole?.ToString() ?? string.Empty);
    }
}
