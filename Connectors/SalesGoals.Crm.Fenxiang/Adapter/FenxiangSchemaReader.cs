using System;
using System.Linq;
using SalesGoals.Crm.Fenxiang.Api;
using SalesGoals.Crm.Integration.Mapping.Schema;

namespace SalesGoals.Crm.Fenxiang.Adapter;

/// <summary>Turns a Fenxiang describe into the connector-neutral schema the mapping validator checks.</summary>
public static class FenxiangSchemaReader
{
    private static readonly string[] ServerMaintained =
        ["_id", "create_time", "last_modified_time", "created_by", "last_modified_by", "life_status", "lock_status", "is_deleted", "owner_department"];

    public static ExternalObjectSchema ToSchema(string apiName, ObjectDescribe describe)
    {
        ArgumentNullException.ThrowIfNull(describe);
        var fields = describe.Fields.Select(pair =>
        {
            var field = pair.Value;
            var name = field.ApiName ?? pair.Key;
            var type = TypeOf(field.Type);
            var options = type == ExternalFieldType.Picklist ? field.Options?.Select(o => o.Value).ToList() : null;
            return new ExternalFieldSchema(name, type, field.IsRequired, options, ServerMaintained.Contains(name, StringComparer.Ordinal));
        }).ToList();
        return new ExternalObjectSchema(apiName, fields);
    }

    public static ExternalFieldType TypeOf(string? fenxiangType) => fenxiangType switch
    {
        "number" or "percentile" => ExternalFieldType.Number,
        "currency" => ExternalFieldType.Money,
        "date" => ExternalFieldType.Date,
        "date_time" => ExternalFieldType.DateTime,
        "select_one" => ExternalFieldType.Picklist,
        "object_reference" => ExternalFieldType.Lookup,
        "employee" => ExternalFieldType.User,
        "true_or_false" => ExternalFieldType.Boolean,
        _ => ExternalFieldType.Text,
    };
}
