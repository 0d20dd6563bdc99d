using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>A reference to a record by logical name and id (or alternate key values).</summary>
[DataContract(Name = "EntityReference", Namespace = XrmNamespaces.Contracts)]
[Serializable]
public sealed class EntityReference : IExtensibleDataObject
{
    private KeyAttributeCollection _keyAttributes;

    public EntityReference()
    {
    }

    public EntityReference(string logicalName)
    {
        LogicalName = logicalName;
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
        KeyAttributes.Add(new KeyValuePair<string, object>(keyName, keyValue));
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

    [field: NonSerialized]
    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>
    /// Equal when table (ordinal), id and alternate key values all match, as in the official SDK;
    /// the display <see cref="Name"/> and row version do not take part.
    /// </summary>
    public override bool Equals(object obj)
    {
        if (obj is not EntityReference other)
        {
            return false;
        }

        return ReferenceEquals(this, other)
            || (Id == other.Id
                && string.Equals(LogicalName, other.LogicalName, StringComparison.Ordinal)
                && KeyAttributes.Count == other.KeyAttributes.Count
                && KeyAttributes.Intersect(other.KeyAttributes).Count() == KeyAttributes.Count);
    }

    public override int GetHashCode()
    {
        var hash = string.IsNullOrEmpty(LogicalName) ? 0 : StringComparer.Ordinal.GetHashCode(LogicalName) ^ Id.GetHashCode();
        foreach (var key in KeyAttributes)
        {
            hash ^= string.IsNullOrEmpty(key.Key) ? 0 : StringComparer.Ordinal.GetHashCode(key.Key) ^ (key.Value?.GetHashCode() ?? 0);
        }

        return hash;
    }
}
