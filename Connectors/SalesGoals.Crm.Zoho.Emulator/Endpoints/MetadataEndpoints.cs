using System;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SalesGoals.Crm.Zoho.Emulator.Http;
using SalesGoals.Crm.Zoho.Emulator.State;

namespace SalesGoals.Crm.Zoho.Emulator.Endpoints;

/// <summary>settings/modules, settings/fields (Stage pick list with forecast_type),
/// settings/pipeline (layout_id required) and users.</summary>
public static class MetadataEndpoints
{
    public static void Map(IEndpointRouteBuilder app, ZohoEmulatorServices services)
    {
        var state = services.State;
        app.MapGet("/crm/v8/settings/modules", () =>
        {
            lock (state.Sync)
            {
                return ZohoReply.Json(new JsonObject { ["modules"] = new JsonArray(state.Modules.Values.Select(ModuleJson).ToArray()) });
            }
        });
        app.MapGet("/crm/v8/settings/fields", (HttpRequest request) => Fields(request, state));
        app.MapGet("/crm/v8/settings/pipeline", (HttpRequest request) => Pipelines(request, state));
        app.MapGet("/crm/v8/users", (HttpRequest request) => Users(request, state));
    }

    private static JsonNode ModuleJson(ZohoModuleSchema module) => new JsonObject
    {
        ["api_name"] = module.ApiName,
        ["module_name"] = module.ApiName,
        ["singular_label"] = module.ApiName.TrimEnd('s').Replace('_', ' '),
        ["plural_label"] = module.ApiName.Replace('_', ' '),
        ["id"] = module.Id,
        ["generated_type"] = module.Custom ? "custom" : "default",
        ["api_supported"] = true,
        ["creatable"] = true,
        ["editable"] = true,
        ["deletable"] = true,
        ["viewable"] = true,
        ["visible"] = true,
    };

    private static IResult Fields(HttpRequest request, ZohoOrgState state)
    {
        var moduleName = request.Query["module"].ToString();
        if (string.IsNullOrEmpty(moduleName))
        {
            return ZohoReply.RequiredParamMissing("module");
        }

        lock (state.Sync)
        {
            var module = state.Module(moduleName);
            if (module is null)
            {
                return ZohoReply.Error(StatusCodes.Status400BadRequest, "INVALID_MODULE", "the module name given seems to be invalid", new JsonObject { ["param_name"] = "module" });
            }

            var stages = state.AllStages().ToDictionary(s => s.Value, StringComparer.Ordinal);
            var fields = module.Fields.Select((f, i) => (JsonNode)FieldJson(module, f, i, stages)).ToArray();
            return ZohoReply.Json(new JsonObject { ["fields"] = new JsonArray(fields) });
        }
    }

    private static JsonObject FieldJson(ZohoModuleSchema module, ZohoFieldSchema field, int index, System.Collections.Generic.Dictionary<string, ZohoStage> stages)
    {
        var pickList = new JsonArray(field.PickList.Select((value, i) =>
        {
            var option = new JsonObject
            {
                ["display_value"] = value,
                ["sequence_number"] = i + 1,
                ["actual_value"] = value,
                ["id"] = $"{module.Id[..^4]}{(7100 + i).ToString(CultureInfo.InvariantCulture)}",
                ["colour_code"] = null,
                ["type"] = "used",
            };
            if (module.ApiName == ZohoStandardSchemas.Deals && field.ApiName == "Stage" && stages.TryGetValue(value, out var stage))
            {
                option["display_value"] = stage.Display;
                option["probability"] = stage.Probability;
                option["forecast_category"] = new JsonObject { ["name"] = stage.ForecastCategory, ["id"] = CategoryId(stage.ForecastCategory) };
                option["forecast_type"] = stage.ForecastType;
            }

            return (JsonNode)option;
        }).ToArray());
        return new JsonObject
        {
            ["api_name"] = field.ApiName,
            ["field_label"] = field.Label,
            ["display_label"] = field.Label,
            ["data_type"] = field.DataType,
            ["json_type"] = field.DataType is "ownerlookup" or "lookup" ? "jsonobject" : "string",
            ["id"] = $"{module.Id[..^4]}{(5000 + index).ToString(CultureInfo.InvariantCulture)}",
            ["system_mandatory"] = field.Mandatory,
            ["custom_field"] = field.Custom,
            ["read_only"] = field.ReadOnly,
            ["unique"] = field.Unique ? new JsonObject { ["casesensitive"] = "0" } : null,
            ["visible"] = true,
            ["pick_list_values"] = pickList,
        };
    }

    private static IResult Pipelines(HttpRequest request, ZohoOrgState state)
    {
        var layoutId = request.Query["layout_id"].ToString();
        if (string.IsNullOrEmpty(layoutId))
        {
            return ZohoReply.RequiredParamMissing("layout_id");
        }

        if (layoutId != state.DealsLayoutId)
        {
            return ZohoReply.InvalidParam("layout_id", "the layout id given seems to be invalid");
        }

        lock (state.Sync)
        {
            var pipelines = state.Pipelines.Select(p => (JsonNode)new JsonObject
            {
                ["display_value"] = p.Name,
                ["default"] = p.IsDefault,
                ["actual_value"] = p.Name,
                ["id"] = p.Id,
                ["child_available"] = false,
                ["maps"] = new JsonArray(p.Stages.Select((s, i) => (JsonNode)new JsonObject
                {
                    ["display_value"] = s.Display,
                    ["sequence_number"] = i + 1,
                    ["forecast_category"] = new JsonObject { ["name"] = s.ForecastCategory, ["id"] = CategoryId(s.ForecastCategory) },
                    ["actual_value"] = s.Value,
                    ["id"] = $"{p.Id[..^4]}{(7100 + i).ToString(CultureInfo.InvariantCulture)}",
                    ["forecast_type"] = s.ForecastType,
                }).ToArray()),
            }).ToArray();
            return ZohoReply.Json(new JsonObject { ["pipeline"] = new JsonArray(pipelines) });
        }
    }

    private static IResult Users(HttpRequest request, ZohoOrgState state)
    {
        var type = string.IsNullOrEmpty(request.Query["type"]) ? "AllUsers" : request.Query["type"].ToString();
        var perPage = int.TryParse(request.Query["per_page"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var pp) ? pp : 200;
        var page = int.TryParse(request.Query["page"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) ? p : 1;
        if (perPage is < 1 or > 200 || page < 1)
        {
            return ZohoReply.InvalidParam(perPage is < 1 or > 200 ? "per_page" : "page");
        }

        lock (state.Sync)
        {
            var users = state.Users.Where(u => type switch
            {
                "ActiveUsers" or "ActiveConfirmedUsers" or "ConfirmedUsers" => u.Status == "active",
                "DeactiveUsers" => u.Status == "disabled",
                "CurrentUser" => u.Id == state.Admin.Id,
                _ => true,
            }).ToList();
            var slice = users.Skip((page - 1) * perPage).Take(perPage).ToList();
            if (slice.Count == 0)
            {
                return Results.NoContent();
            }

            return ZohoReply.Json(new JsonObject
            {
                ["users"] = new JsonArray(slice.Select(u => (JsonNode)new JsonObject
                {
                    ["id"] = u.Id,
                    ["first_name"] = u.FirstName,
                    ["last_name"] = u.LastName,
                    ["full_name"] = u.FullName,
                    ["email"] = u.Email,
                    ["status"] = u.Status,
                }).ToArray()),
                ["info"] = new JsonObject { ["per_page"] = perPage, ["count"] = slice.Count, ["page"] = page, ["more_records"] = page * perPage < users.Count },
            });
        }
    }

    private static string CategoryId(string category) => category switch
    {
        "Closed" => "2766660000000007094",
        "Omitted" => "2766660000000007096",
        _ => "2766660000000007092",
    };
}
