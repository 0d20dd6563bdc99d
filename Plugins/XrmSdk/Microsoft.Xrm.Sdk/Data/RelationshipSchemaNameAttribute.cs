using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>Marks an early-bound property with the relationship it navigates.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class RelationshipSchemaNameAttribute : Attribute
{
    public RelationshipSchemaNameAttribute(string schemaName)
    {
        SchemaName = schemaName;
    }

    public RelationshipSchemaNameAttribute(string schemaName, EntityRole primaryEntityRole)
        : this(schemaName)
    {
        PrimaryEntityRole = primaryEntityRole;
    }

    public string SchemaName { get; private set; }

    public EntityRole? PrimaryEntityRole { get; private set; }

    public Relationship Relationship => new Relationship(SchemaName) { PrimaryEntityRole = PrimaryEntityRole };
}
