using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.LocalDataverse.Messages;

/// <summary>The relationships Associate/Disassociate know: the standard ones we use plus registered ones.</summary>
public sealed class RelationshipCatalog
{
    private readonly Dictionary<string, RelationshipDefinition> _relationships = new(StringComparer.OrdinalIgnoreCase);

    internal RelationshipCatalog()
    {
        Register(new RelationshipDefinition("teammembership_association", "team", "teamid", "systemuser", "systemuserid", "teammembership"));
        Register(new RelationshipDefinition("systemuserroles_association", "systemuser", "systemuserid", "role", "roleid", "systemuserroles"));
        Register(new RelationshipDefinition("teamroles_association", "team", "teamid", "role", "roleid", "teamroles"));
    }

    public void Register(RelationshipDefinition relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        _relationships[relationship.SchemaName] = relationship;
    }

    public RelationshipDefinition? Find(string schemaName) =>
        _relationships.TryGetValue(schemaName, out var relationship) ? relationship : null;
}
