using System;
using System.Collections.Generic;
using System.Xml.Linq;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.SolutionModel.Reading;

/// <summary>Reads one &lt;attribute PhysicalName=...&gt; of an Entity.xml.</summary>
internal static class ColumnReader
{
    public static ColumnDefinition Read(
        SolutionXmlFile file,
        XElement attribute,
        string table,
        LookupTargets targets,
        IReadOnlyDictionary<string, OptionSetDefinition> globalOptionSets)
    {
        var schemaName = file.RequiredAttribute(attribute, "PhysicalName");
        var logicalName = (SolutionXmlFile.Text(attribute, "LogicalName") ?? SolutionXmlFile.Text(attribute, "Name") ?? schemaName)
            .ToLowerInvariant();
        if (!logicalName.Equals(schemaName, StringComparison.OrdinalIgnoreCase))
        {
            throw file.Error(attribute, $"column LogicalName {logicalName} does not match PhysicalName {schemaName}");
        }

        var typeText = file.RequiredText(attribute, "Type");
        var type = ParseType(file, attribute, typeText);
        var format = SolutionXmlFile.Text(attribute, "Format");
        var options = ReadOptionSet(file, attribute, logicalName, type, globalOptionSets);
        return new ColumnDefinition(
            logicalName,
            schemaName,
            type,
            ParseRequiredLevel(file, attribute),
            file.OptionalInt(attribute, "MaxLength"),
            file.OptionalInt(attribute, "Accuracy") ?? file.OptionalInt(attribute, "Precision"),
            file.OptionalDecimal(attribute, "MinValue"),
            file.OptionalDecimal(attribute, "MaxValue"),
            LookupTargetsOf(table, logicalName, type, targets),
            options,
            type == ColumnType.DateTime ? ParseBehavior(file, attribute) : null,
            LabelReader.ReadFirst(file, attribute, "displaynames", "DisplayNames"),
            file.OptionalBool(attribute, "IsCustomField") ?? false)
        {
            IsDateOnlyFormat = type == ColumnType.DateTime && string.Equals(format, "date", StringComparison.OrdinalIgnoreCase),
            PrecisionSource = file.OptionalInt(attribute, "AccuracySource"),
            IsValidForCreate = file.OptionalBool(attribute, "ValidForCreateApi") ?? true,
            IsValidForUpdate = file.OptionalBool(attribute, "ValidForUpdateApi") ?? true,
        };
    }

    /// <summary>The primary name column carries PrimaryName in its DisplayMask.</summary>
    public static bool IsPrimaryName(XElement attribute) =>
        SolutionXmlFile.Text(attribute, "DisplayMask") is { } mask
        && mask.Split('|').AsSpan().Contains("PrimaryName");

    private static ColumnType ParseType(SolutionXmlFile file, XElement attribute, string text) => text.ToUpperInvariant() switch
    {
        "PRIMARYKEY" => ColumnType.PrimaryKey,
        "UNIQUEIDENTIFIER" => ColumnType.UniqueIdentifier,
        "NVARCHAR" => ColumnType.String,
        "NTEXT" => ColumnType.Memo,
        "INT" => ColumnType.Integer,
        "BIGINT" => ColumnType.BigInt,
        "DECIMAL" => ColumnType.Decimal,
        "FLOAT" => ColumnType.Double,
        "MONEY" => ColumnType.Money,
        "BIT" => ColumnType.Boolean,
        "DATETIME" => ColumnType.DateTime,
        "LOOKUP" => ColumnType.Lookup,
        "CUSTOMER" => ColumnType.Customer,
        "OWNER" => ColumnType.Owner,
        "PICKLIST" => ColumnType.Picklist,
        "MULTISELECTPICKLIST" => ColumnType.MultiSelectPicklist,
        "STATE" => ColumnType.State,
        "STATUS" => ColumnType.Status,
        "ENTITYNAME" => ColumnType.EntityName,
        "VIRTUAL" => ColumnType.Virtual,
        "IMAGE" => ColumnType.Image,
        "FILE" => ColumnType.File,
        _ => throw file.Error(attribute, $"column type '{text}' is not a Dataverse attribute type"),
    };

    private static RequiredLevel ParseRequiredLevel(SolutionXmlFile file, XElement attribute)
    {
        var text = SolutionXmlFile.Text(attribute, "RequiredLevel") ?? "none";
        return text.ToUpperInvariant() switch
        {
            "NONE" => RequiredLevel.None,
            "RECOMMENDED" => RequiredLevel.Recommended,
            "REQUIRED" or "APPLICATIONREQUIRED" => RequiredLevel.ApplicationRequired,
            "SYSTEMREQUIRED" => RequiredLevel.SystemRequired,
            _ => throw file.Error(attribute, $"RequiredLevel '{text}' is not none, recommended, required or systemrequired"),
        };
    }

    private static DateTimeColumnBehavior ParseBehavior(SolutionXmlFile file, XElement attribute) =>
        file.OptionalInt(attribute, "Behavior") switch
        {
            null or 1 => DateTimeColumnBehavior.UserLocal,
            2 => DateTimeColumnBehavior.DateOnly,
            3 => DateTimeColumnBehavior.TimeZoneIndependent,
            var other => throw file.Error(attribute, $"Behavior {other} is not 1 (UserLocal), 2 (DateOnly) or 3 (TimeZoneIndependent)"),
        };

    private static OptionSetDefinition? ReadOptionSet(
        SolutionXmlFile file, XElement attribute, string column, ColumnType type, IReadOnlyDictionary<string, OptionSetDefinition> globals)
    {
        var inline = SolutionXmlFile.Child(attribute, "optionset");
        if (inline is not null)
        {
            return OptionSetReader.Read(file, inline, column);
        }

        var globalName = SolutionXmlFile.Text(attribute, "OptionSetName");
        if (globalName is not null)
        {
            return globals.TryGetValue(globalName.ToLowerInvariant(), out var global)
                ? global
                : throw file.Error(attribute, $"column {column} uses global option set {globalName}, which is not in OptionSets/");
        }

        return type is ColumnType.Picklist or ColumnType.MultiSelectPicklist or ColumnType.State or ColumnType.Status
            ? throw file.Error(attribute, $"choice column {column} has neither an <optionset> nor an <OptionSetName>")
            : null;
    }

    private static IReadOnlyList<string> LookupTargetsOf(string table, string column, ColumnType type, LookupTargets targets)
    {
        if (type == ColumnType.Owner)
        {
            return SystemLookups.OwnerTargets;
        }

        if (type is not (ColumnType.Lookup or ColumnType.Customer))
        {
            return [];
        }

        var declared = targets.For(table, column);
        if (declared.Count > 0)
        {
            return declared;
        }

        return type == ColumnType.Customer ? SystemLookups.CustomerTargets : SystemLookups.DefaultTargets(column);
    }
}
