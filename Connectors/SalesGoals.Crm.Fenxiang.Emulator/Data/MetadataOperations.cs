using System.Linq;
using System.Text.Json.Nodes;
using SalesGoals.Crm.Fenxiang.Emulator.Protocol;
using SalesGoals.Crm.Fenxiang.Emulator.Schema;

namespace SalesGoals.Crm.Fenxiang.Emulator.Data;

/// <summary><c>/cgi/crm/v2/object/list</c> and <c>/cgi/crm/v2/object/describe</c> (one path for preset and custom objects).</summary>
internal static class MetadataOperations
{
    public static JsonObject List(TenantState tenant) => new()
    {
        ["data"] = new JsonObject
        {
            ["objects"] = new JsonArray(tenant.Objects.OrderBy(o => o.ApiName, System.StringComparer.Ordinal).Select(o => (JsonNode?)new JsonObject
            {
                ["describeApiName"] = o.ApiName,
                ["describeDisplayName"] = o.DisplayName,
                ["defineType"] = o.IsCustom ? "custom" : "package",
            }).ToArray()),
        },
    };

    public static JsonObject Describe(TenantState tenant, RequestContext context)
    {
        var apiName = JsonValues.AsString(context.Data["apiName"])
            ?? throw new EmulatorException(EmulatorErrorCodes.ParameterError, "data.apiName is required");
        var schema = tenant.Schema(apiName) ?? throw new EmulatorException(EmulatorErrorCodes.ObjectNotFound, $"object {apiName} does not exist");
        var fields = new JsonObject();
        foreach (var field in schema.Fields)
        {
            var describe = new JsonObject
            {
                ["api_name"] = field.ApiName,
                ["label"] = field.Label ?? field.ApiName,
                ["type"] = field.Type,
                ["is_required"] = field.IsRequired,
                ["is_unique"] = field.IsUnique,
                ["define_type"] = field.IsSystem ? "system" : field.ApiName.EndsWith("__c", System.StringComparison.Ordinal) ? "custom" : "package",
            };
            if (field.Options is { } options)
            {
                describe["options"] = new JsonArray(options.Select(o => (JsonNode?)new JsonObject { ["value"] = o.Key, ["label"] = o.Value }).ToArray());
            }

            if (field.ReferenceTarget is { } target)
            {
                describe["target_api_name"] = target;
            }

            fields[field.ApiName] = describe;
        }

        return new JsonObject
        {
            ["data"] = new JsonObject
            {
                ["describe"] = new JsonObject
                {
                    ["api_name"] = schema.ApiName,
                    ["display_name"] = schema.DisplayName,
                    ["define_type"] = schema.IsCustom ? "custom" : "package",
                    ["fields"] = fields,
                },
            },
        };
    }
}
