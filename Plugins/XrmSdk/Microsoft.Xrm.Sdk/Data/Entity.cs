using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
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
        KeyAttributes.Add(keyName, keyValue);
    }

    public Entity(string entityName, KeyAttributeCollection keyAttributes)
    {
        LogicalName = entityName;
        _keyAttributes = keyAttributes;
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
        internal set => _formattedValues = value;
    }

    [DataMember]
    public RelatedEntityCollection RelatedEntities
    {
        get => _relatedEntities ??= new RelatedEntityCollection();
        internal set => _relatedEntities = value;
    }

    [DataMember]
    public string RowVersion { get; set; }

    [DataMember]
    public KeyAttributeCollection KeyAttributes
    {
        get => _keyAttributes ??= new KeyAttributeCollection();
        set => _keyAttributes = value;
    }

    public bool HasLazyFileAttribute { get; set; }

    public string LazyFileAttributeKey { get; set; }

    public Lazy<object> LazyFileAttributeValue { get; set; }

    public string LazyFileSizeAttributeKey { get; set; }

    public int LazyFileSizeAttributeValue { get; set; }

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

    /// <summary>The attribute value cast to <typeparamref name="T"/>; default when missing or null, <see cref="InvalidCastException"/> when of another type.</summary>
    public virtual T GetAttributeValue<T>(string attributeLogicalName)
    {
        var value = GetAttributeValueOrNull(attributeLogicalName);
        return value == null ? default : (T)value;
    }

    /// <summary>Like <see cref="GetAttributeValue{T}"/> but never throws: values of another type go through the type's converter.</summary>
    public bool TryGetAttributeValue<T>(string attributeKey, out T result)
    {
        result = default;
        try
        {
            var value = GetAttributeValueOrNull(attributeKey);
            switch (value)
            {
                case null:
                    return false;
                case T typed:
                    result = typed;
                    return true;
                default:
                    result = (T)TypeDescriptor.GetConverter(typeof(T)).ConvertFrom(value);
                    return true;
            }
        }
        catch (Exception)
        {
            result = default;
            return false;
        }
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
        return new EntityReference(LogicalName, Id) { RowVersion = RowVersion };
    }

    protected virtual void SetAttributeValue(string attributeLogicalName, object value)
    {
        RequireName(attributeLogicalName, nameof(attributeLogicalName));
        this[attributeLogicalName] = value;
    }

    protected virtual string GetFormattedAttributeValue(string attributeLogicalName)
    {
        RequireName(attributeLogicalName, nameof(attributeLogicalName));
        return FormattedValues.TryGetValue(attributeLogicalName, out var text) ? text : null;
    }

    protected virtual TEntity GetRelatedEntity<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole)
        where TEntity : Entity
    {
        var related = FindRelated(relationshipSchemaName, primaryEntityRole);
        return related == null ? null : (TEntity)related.Entities.FirstOrDefault();
    }

    protected virtual void SetRelatedEntity<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole, TEntity entity)
        where TEntity : Entity
    {
        RequireName(relationshipSchemaName, nameof(relationshipSchemaName));
        if (entity != null && string.IsNullOrWhiteSpace(entity.LogicalName))
        {
            throw new ArgumentException("The entity is missing a value for the 'LogicalName' property.", nameof(entity));
        }

        StoreRelated(relationshipSchemaName, primaryEntityRole, entity == null ? null : new List<Entity> { entity });
    }

    protected virtual IEnumerable<TEntity> GetRelatedEntities<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole)
        where TEntity : Entity
    {
        return FindRelated(relationshipSchemaName, primaryEntityRole)?.Entities.Cast<TEntity>();
    }

    protected virtual void SetRelatedEntities<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole, IEnumerable<TEntity> entities)
        where TEntity : Entity
    {
        RequireName(relationshipSchemaName, nameof(relationshipSchemaName));
        var list = entities?.Cast<Entity>().ToList();
        if (list != null && list.Exists(entity => string.IsNullOrWhiteSpace(entity.LogicalName)))
        {
            throw new ArgumentException("An entity is missing a value for the 'LogicalName' property.", nameof(entities));
        }

        StoreRelated(relationshipSchemaName, primaryEntityRole, list);
    }

    private object GetAttributeValueOrNull(string attributeLogicalName)
    {
        RequireName(attributeLogicalName, nameof(attributeLogicalName));
        return Attributes.TryGetValue(attributeLogicalName, out var value) ? value : null;
    }

    private EntityCollection FindRelated(string relationshipSchemaName, EntityRole? primaryEntityRole)
    {
        RequireName(relationshipSchemaName, nameof(relationshipSchemaName));
        var key = new Relationship(relationshipSchemaName) { PrimaryEntityRole = primaryEntityRole };
        return RelatedEntities.TryGetValue(key, out var related) ? related : null;
    }

    private void StoreRelated(string relationshipSchemaName, EntityRole? primaryEntityRole, List<Entity> entities)
    {
        var key = new Relationship(relationshipSchemaName) { PrimaryEntityRole = primaryEntityRole };
        if (entities == null)
        {
            RelatedEntities.Remove(key);
            return;
        }

        // As in the SDK, the collection takes the first entity's table name (an empty list fails).
        RelatedEntities[key] = new EntityCollection(entities) { EntityName = entities.First().LogicalName };
    }

    private void ShallowCopyTo(Entity target)
    {
        target.Id = Id;
        target.LogicalName = LogicalName;
        target.EntityState = EntityState;
        target.RelatedEntities = RelatedEntities;
        target.Attributes = Attributes;
        target.FormattedValues = FormattedValues;
        target.ExtensionData = ExtensionData;
        target.RowVersion = RowVersion;
        target.KeyAttributes = KeyAttributes;
    }

    private static void RequireName(string name, string parameterName)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentNullException(parameterName);
        }
    }

    private static IEnumerable<Type> GetKnownTypes() => XrmKnownTypes.All;
}
