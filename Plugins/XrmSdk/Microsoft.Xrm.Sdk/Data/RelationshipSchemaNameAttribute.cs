using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>Marks an early-bound property with the relationship it navigates.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class RelationshipSchemaNameAttribute : Attribute
{
    public RelationshipSchemaNameAttribute(string schemaName)
        : this(schemaName, null)
    {
    }

    public RelationshipSchemaNameAttribute(string schemaName, EntityRole primaryEntityRole)
        : this(schemaName, (EntityRole?)primaryEntityRole)
    {
    }

    private RelationshipSchemaNameAttribute(string schemaName, EntityRole? primaryEntityRole)
    {
        if (string.IsNullOrWhiteSpace(schemaName))
        {
            throw new ArgumentNullException(nameof(schemaName));
        }

        Relationship = new Relationship(schemaName) { PrimaryEntityRole = primaryEntityRole };
    }

    public string SchemaName => Relationship.SchemaName;

    public EntityRole? PrimaryEntityRole => Relationship.PrimaryEntityRole;

    internal Relationship Relationship { get; }
}
