using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Client;

namespace Microsoft.Xrm.Sdk;

/// <summary>A Dataverse record: logical name, id and attribute values (late and early bound).</summary>
[DataContract(Name = "Entity", Namespace = XrmNamespaces.Contracts)]
[KnownType(nameof(GetKnownTypes))]
public class Entity : IExtensibleDataObject
{
    private AttributeCollection _attributes;
    private FormattedValueCollection _formattedValues;
    private RelatedEntityCollection _relatedEntities;
    private KeyAttributeCollection _keyAttributes;

    public Entity()
    {
    }

    public Entity(string entityName)
    {
        LogicalName = entityName;
    }

    public Entity(string entityName, Guid id)
    {
        LogicalName = entityName;
        Id = id;
    }

    public Entity(string entityName, string keyName, object keyValue)
    {
        LogicalName = entityName;
        KeyAttributes[keyName] = keyValue;
    }

    public Entity(string entityName, KeyAttributeCollection keyAttributes)
    {
        LogicalName = entityName;
        KeyAttributes = keyAttributes;
    }

    [DataMember]
    public string LogicalName { get; set; }

    [DataMember]
    public virtual Guid Id { get; set; }

    [DataMember]
    public AttributeCollection Attributes
    {
        get => _attributes ??= new AttributeCollection();
        set => _attributes = value;
    }

    [DataMember]
    public EntityState? EntityState { get; set; }

    [DataMember]
    public FormattedValueCollection FormattedValues
    {
        get => _formattedValues ??= new FormattedValueCollection();
        set => _formattedValues = value;
    }

    [DataMember]
    public RelatedEntityCollection RelatedEntities
    {
        get => _relatedEntities ??= new RelatedEntityCollection();
        set => _relatedEntities = value;
    }

    [DataMember]
    public KeyAttributeCollection KeyAttributes
    {
        get => _keyAttributes ??= new KeyAttributeCollection();
        set => _keyAttributes = value;
    }

    [DataMember]
    public string RowVersion { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>Reads or writes an attribute value; reading a missing attribute throws <see cref="KeyNotFoundException"/>.</summary>
    public object this[string attributeName]
    {
        get => Attributes[attributeName];
        set => Attributes[attributeName] = value;
    }

    public bool Contains(string attributeName)
    {
        return Attributes.Contains(attributeName);
    }

    /// <summary>The attribute value cast to <typeparamref name="T"/>; default when missing or null.</summary>
    public T GetAttributeValue<T>(string attributeLogicalName)
    {
        if (!Attributes.TryGetValue(attributeLogicalName, out var value) || value == null)
        {
            return default;
        }

        return (T)value;
    }

    /// <summary>
    /// Converts to another entity type. As in the official SDK the copy is shallow: the new
    /// instance shares the attribute, formatted value, related entity and key collections.
    /// </summary>
    public T ToEntity<T>()
        where T : Entity
    {
        if (typeof(T) == typeof(Entity))
        {
            var copy = new Entity();
            ShallowCopyTo(copy);
            return (T)copy;
        }

        if (string.IsNullOrWhiteSpace(LogicalName))
        {
            throw new NotSupportedException("LogicalName must be set before calling ToEntity()");
        }

        var logicalName = typeof(T).GetCustomAttributes(typeof(EntityLogicalNameAttribute), true)
            .OfType<EntityLogicalNameAttribute>()
            .Select(attribute => attribute.LogicalName)
            .FirstOrDefault();
        if (string.IsNullOrWhiteSpace(logicalName))
        {
            throw new NotSupportedException("Cannot convert to type that is does not have EntityLogicalNameAttribute");
        }

        if (!string.Equals(LogicalName, logicalName, StringComparison.Ordinal))
        {
            throw new NotSupportedException($"Cannot convert entity {LogicalName} to {logicalName}");
        }

        var typed = Activator.CreateInstance<T>();
        ShallowCopyTo(typed);
        return typed;
    }

    public EntityReference ToEntityReference()
    {
        if (string.IsNullOrWhiteSpace(LogicalName))
        {
            throw new NotSupportedException("LogicalName must be set before calling ToEntityReference()");
        }

        return new EntityReference(LogicalName, Id) { KeyAttributes = KeyAttributes };
    }

    protected void SetAttributeValue(string attributeLogicalName, object value)
    {
        Attributes[attributeLogicalName] = value;
    }

    protected string GetFormattedAttributeValue(string attributeLogicalName)
    {
        return FormattedValues.TryGetValue(attributeLogicalName, out var text) ? text : null;
    }

    protected virtual IEnumerable<TEntity> GetRelatedEntities<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole)
        where TEntity : Entity
    {
        var key = new Relationship(relationshipSchemaName) { PrimaryEntityRole = primaryEntityRole };
        return RelatedEntities.TryGetValue(key, out var related)
            ? related.Entities.Select(entity => entity.ToEntity<TEntity>())
            : null;
    }

    protected virtual TEntity GetRelatedEntity<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole)
        where TEntity : Entity
    {
        return GetRelatedEntities<TEntity>(relationshipSchemaName, primaryEntityRole)?.FirstOrDefault();
    }

    protected virtual void SetRelatedEntities<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole, IEnumerable<TEntity> entities)
        where TEntity : Entity
    {
        var key = new Relationship(relationshipSchemaName) { PrimaryEntityRole = primaryEntityRole };
        if (entities == null)
        {
            RelatedEntities.Remove(key);
            return;
        }

        var list = entities.Cast<Entity>().ToList();
        RelatedEntities[key] = new EntityCollection(list) { EntityName = list.Count > 0 ? list[0].LogicalName : null };
    }

    protected virtual void SetRelatedEntity<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole, TEntity entity)
        where TEntity : Entity
    {
        SetRelatedEntities(relationshipSchemaName, primaryEntityRole, entity == null ? null : new[] { entity });
    }

    private void ShallowCopyTo(Entity target)
    {
        target.LogicalName = LogicalName;
        target.Id = Id;
        target.Attributes = Attributes;
        target.FormattedValues = FormattedValues;
        target.RelatedEntities = RelatedEntities;
        target.KeyAttributes = KeyAttributes;
        target.EntityState = EntityState;
        target.RowVersion = RowVersion;
        target.ExtensionData = ExtensionData;
    }

    private static IEnumerable<Type> GetKnownTypes() => XrmKnownTypes.All;
}
