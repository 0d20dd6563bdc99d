using SalesGoals.Crm.Fenxiang.Adapter;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Integration.Mapping.Catalog;
using SalesGoals.Crm.Integration.Mapping.Schema;

namespace SalesGoals.Crm.Cli.Verify.Crm;

/// <summary>
/// The vendors' own type names: which canonical kind a Zoho <c>data_type</c> or a Fenxiang describe <c>type</c> can
/// carry, and which type an admin should give a field the connector needs.
/// </summary>
public static class VendorTypes
{
    /// <summary>Zoho settings/fields <c>data_type</c> → the connector-neutral kind (unknown types read as text).</summary>
    public static ExternalFieldType ZohoKind(string? dataType) => dataType switch
    {
        "integer" or "bigint" or "double" or "decimal" or "percent" => ExternalFieldType.Number,
        "currency" => ExternalFieldType.Money,
        "date" => ExternalFieldType.Date,
        "datetime" => ExternalFieldType.DateTime,
        "picklist" => ExternalFieldType.Picklist,
        "lookup" => ExternalFieldType.Lookup,
        "ownerlookup" or "userlookup" => ExternalFieldType.User,
        "boolean" => ExternalFieldType.Boolean,
        _ => ExternalFieldType.Text,
    };

    public static ExternalFieldType KindOf(ExternalSystem system, string vendorType) =>
        system == ExternalSystem.Zoho ? ZohoKind(vendorType) : FenxiangSchemaReader.TypeOf(vendorType);

    /// <summary>
    /// The type to create. A choice the connector only writes and that has no value map is plain text (any value is
    /// accepted, no options to keep in step); one that is read, or written through a value map, is a pick list.
    /// </summary>
    public static string Suggested(ExternalSystem system, CanonicalType type, FieldMap field)
    {
        var pickList = field.Direction != MappingDirection.Outbound || field.ValueMap is not null;
        var zoho = system == ExternalSystem.Zoho;
        return type switch
        {
            CanonicalType.Number => zoho ? "double" : "number",
            CanonicalType.Money => "currency",
            CanonicalType.Date => "date",
            CanonicalType.DateTime => zoho ? "datetime" : "date_time",
            CanonicalType.User => zoho ? "ownerlookup" : "employee",
            CanonicalType.Lookup => zoho ? "lookup" : "object_reference",
            CanonicalType.Choice or CanonicalType.CurrencyCode when pickList => zoho ? "picklist" : "select_one",
            _ => "text",
        };
    }
}
