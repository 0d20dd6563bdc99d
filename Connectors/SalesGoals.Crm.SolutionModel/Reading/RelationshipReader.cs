using System;
using System.Collections.Generic;
using System.Xml.Linq;
using SalesGoals.Crm.SolutionModel.Model.App;

namespace SalesGoals.Crm.SolutionModel.Reading;

/// <summary>
/// Reads one-to-many relationships (Other/Relationships/*.xml, or inline in Customizations.xml).
/// Entity.xml does not name a lookup's target table; the relationship does
/// (ReferencingEntityName + ReferencingAttributeName -> ReferencedEntityName).
/// </summary>
internal static class RelationshipReader
{
    public static void Read(SolutionXmlFile file, XElement? container, LookupTargets targets)
    {
        foreach (var relationship in SolutionXmlFile.Children(container, "EntityRelationship"))
        {
            var type = SolutionXmlFile.Text(relationship, "EntityRelationshipType");
            var referencing = SolutionXmlFile.Text(relationship, "ReferencingEntityName");
            if (referencing is null)
            {
                // Other/Relationships.xml only lists names; the definitions live in the folder.
                continue;
            }

            if (type is not null && !type.Equals("OneToMany", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var referenced = file.RequiredText(relationship, "ReferencedEntityName");
            var attribute = file.RequiredText(relationship, "ReferencingAttributeName");
            targets.Add(referencing, attribute, referenced);
            if (SolutionXmlFile.Attribute(relationship, "Name") is { } name)
            {
                targets.Relationships.Add(new RelationshipDefinition(
                    name, referencing.ToLowerInvariant(), attribute.ToLowerInvariant(), referenced.ToLowerInvariant()));
            }
        }
    }
}

/// <summary>Lookup targets by (table, column), all in lower case.</summary>
internal sealed class LookupTargets
{
    private readonly Dictionary<(string Table, string Column), List<string>> _targets = [];

    /// <summary>Every named relationship read, in file order.</summary>
    public List<RelationshipDefinition> Relationships { get; } = [];

    public void Add(string table, string column, string target)
    {
        var key = (table.ToLowerInvariant(), column.ToLowerInvariant());
        if (!_targets.TryGetValue(key, out var list))
        {
            list = [];
            _targets[key] = list;
        }

        var lower = target.ToLowerInvariant();
        if (!list.Contains(lower))
        {
            list.Add(lower);
        }
    }

    public IReadOnlyList<string> For(string table, string column) =>
        _targets.TryGetValue((table.ToLowerInvariant(), column.ToLowerInvariant()), out var list) ? list.ToArray() : [];
}
