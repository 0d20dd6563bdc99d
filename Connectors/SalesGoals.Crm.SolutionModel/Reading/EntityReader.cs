using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SalesGoals.Crm.SolutionModel.Model;
using SalesGoals.Crm.SolutionModel.Standard;

namespace SalesGoals.Crm.SolutionModel.Reading;

/// <summary>Reads Entities/&lt;SchemaName&gt;/Entity.xml.</summary>
internal static class EntityReader
{
    public static TableDefinition Read(
        SolutionXmlFile file, LookupTargets targets, IReadOnlyDictionary<string, OptionSetDefinition> globalOptionSets)
    {
        file.ExpectRoot("Entity");
        var schemaName = file.RequiredChild(file.Root, "Name").Value.Trim();
        if (schemaName.Length == 0)
        {
            throw file.Error(file.Root, "<Name> is empty");
        }

        var entity = file.RequiredChild(file.RequiredChild(file.Root, "EntityInfo"), "entity");
        var entityName = file.RequiredAttribute(entity, "Name");
        if (!entityName.Equals(schemaName, StringComparison.OrdinalIgnoreCase))
        {
            throw file.Error(entity, $"<entity Name=\"{entityName}\"> does not match <Name>{schemaName}</Name>");
        }

        var logicalName = schemaName.ToLowerInvariant();
        var columns = new List<ColumnDefinition>();
        string? primaryId = null;
        string? primaryName = null;
        foreach (var attribute in SolutionXmlFile.Children(SolutionXmlFile.Child(entity, "attributes"), "attribute"))
        {
            var column = ColumnReader.Read(file, attribute, logicalName, targets, globalOptionSets);
            if (columns.Any(c => c.LogicalName == column.LogicalName))
            {
                throw file.Error(attribute, $"column {column.LogicalName} is defined twice");
            }

            if (column.Type == ColumnType.PrimaryKey)
            {
                primaryId = primaryId is null ? column.LogicalName : throw file.Error(attribute, "the table has two primarykey columns");
            }

            if (ColumnReader.IsPrimaryName(attribute))
            {
                primaryName = column.LogicalName;
            }

            columns.Add(column);
        }

        LinkBaseColumns(columns);
        var keys = ReadKeys(file, entity, logicalName);
        var displayNames = LabelReader.ReadFirst(file, entity, "LocalizedNames");
        // A standard table is always an extension: an export may carry the table's own columns
        // (IsCustomField 0), which StandardTables already describes; only the additions are kept.
        var standard = StandardTables.Find(logicalName);
        if (standard is not null)
        {
            columns.RemoveAll(c => !c.IsCustom && standard.FindColumn(c.LogicalName) is not null);
            return ReadExtension(file, logicalName, columns, keys, displayNames);
        }

        if (primaryId is null)
        {
            throw file.Error(file.Root, $"table {logicalName} has no primarykey column and is not a known standard table");
        }

        var entitySetName = file.RequiredText(entity, "EntitySetName");
        var ownership = ParseOwnership(file, entity, file.RequiredText(entity, "OwnershipTypeMask"));
        return new TableDefinition(
            logicalName, schemaName, entitySetName, primaryId, primaryName, ownership, columns.AsReadOnly(), keys, displayNames,
            IsCustom: true, IsExtensionOfStandardTable: false)
        {
            IsActivity = file.OptionalBool(entity, "IsActivity") ?? false,
        };
    }

    // A standard table the solution adds columns to.
    private static TableDefinition ReadExtension(
        SolutionXmlFile file,
        string logicalName,
        List<ColumnDefinition> columns,
        IReadOnlyList<AlternateKeyDefinition> keys,
        IReadOnlyDictionary<int, string> displayNames)
    {
        var standard = StandardTables.Find(logicalName)!;
        return new TableDefinition(
            logicalName, standard.SchemaName, standard.EntitySetName, standard.PrimaryIdAttribute, standard.PrimaryNameAttribute,
            standard.Ownership, columns.AsReadOnly(), keys, displayNames.Count > 0 ? displayNames : standard.DisplayNames,
            IsCustom: false, IsExtensionOfStandardTable: true)
        {
            IsActivity = standard.IsActivity,
        };
    }

    private static List<AlternateKeyDefinition> ReadKeys(SolutionXmlFile file, XElement entity, string table)
    {
        var keys = new List<AlternateKeyDefinition>();
        foreach (var key in SolutionXmlFile.Children(SolutionXmlFile.Child(entity, "EntityKeys"), "EntityKey"))
        {
            var name = (SolutionXmlFile.Text(key, "LogicalName") ?? file.RequiredText(key, "Name")).ToLowerInvariant();
            var columns = SolutionXmlFile.Children(SolutionXmlFile.Child(key, "EntityKeyAttributes"), "AttributeName")
                .Select(a => a.Value.Trim().ToLowerInvariant())
                .Where(a => a.Length > 0)
                .ToArray();
            if (columns.Length == 0)
            {
                throw file.Error(key, $"alternate key {name} of {table} names no columns");
            }

            keys.Add(new AlternateKeyDefinition(name, columns));
        }

        return keys;
    }

    private static OwnershipType ParseOwnership(SolutionXmlFile file, XElement entity, string text) => text.ToUpperInvariant() switch
    {
        "USEROWNED" or "TEAMOWNED" => OwnershipType.UserOwned,
        "ORGOWNED" => OwnershipType.OrganizationOwned,
        "ORGANIZATIONOWNED" => throw file.Error(SolutionXmlFile.Child(entity, "OwnershipTypeMask"), "OwnershipTypeMask is written OrgOwned; the import rejects OrganizationOwned"),
        "BUSINESSOWNED" or "BUSINESSPARENTED" => OwnershipType.BusinessOwned,
        "NONE" => OwnershipType.None,
        _ => throw file.Error(SolutionXmlFile.Child(entity, "OwnershipTypeMask"), $"OwnershipTypeMask '{text}' is not UserOwned, OrgOwned, BusinessOwned or None"),
    };

    private static void LinkBaseColumns(List<ColumnDefinition> columns)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            if (column.Type == ColumnType.Money && !column.LogicalName.EndsWith("_base", StringComparison.Ordinal))
            {
                var baseName = column.LogicalName + "_base";
                if (columns.Any(c => c.LogicalName == baseName))
                {
                    columns[i] = column with { BaseColumn = baseName };
                }
            }
        }
    }
}
