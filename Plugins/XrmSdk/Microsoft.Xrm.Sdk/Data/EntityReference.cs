using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>A reference to a record by logical name and id (or alternate key values).</summary>
[DataContract(Name = "EntityReference", Namespace = XrmNamespaces.Contracts)]
public sealed class EntityReference : IExtensibleDataObject
{
    private KeyAttributeCollection _keyAttributes;

    public EntityReference()
    {
    }

    public EntityReference(string logicalName, Guid id)
    {
        LogicalName = logicalName;
        Id = id;
    }

    public EntityReference(string logicalName, KeyAttributeCollection keyAttributeCollection)
    {
        LogicalName = logicalName;
        KeyAttributes = keyAttributeCollection;
    }

    public EntityReference(string logicalName, string keyName, object keyValue)
    {
        LogicalName = logicalName;
        KeyAttributes[keyName] = keyValue;
    }

    [DataMember]
    public Guid Id { get; set; }

    [DataMember]
    public string LogicalName { get; set; }

    [DataMember]
    public string Name { get; set; }

    [DataMember]
    public KeyAttributeCollection KeyAttributes
    {
        get => _keyAttributes ??= new KeyAttributeCollection();
        set => _keyAttributes = value;
    }

    [DataMember]
    public string RowVersion { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>Two references are equal when they name the same table and id, as in the official SDK.</summary>
    public override bool Equals(object obj)
    {
        return obj is EntityReference other
            && Id == other.Id
            && string.Equals(LogicalName, other.LogicalName, StringComparison.Ordinal);
    }

    public override int GetHashCode()
    {
        return Id.GetHashCode() ^ (LogicalName == null ? 0 : StringComparer.Ordinal.GetHashCode(LogicalName));
    }
}
