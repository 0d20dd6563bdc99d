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

/// <summary><c>GET /crm/v8/{module}/deleted?type=all|recycle|permanent</c>, paged, with If-Modified-Since.</summary>
public static class DeletedRecordsEndpoint
{
    public static void Map(IEndpointRouteBuilder app, ZohoEmulatorServices services) =>
        app.MapGet("/crm/v8/{module}/deleted", (string module, HttpRequest request) => Handle(module, request, services));

    private static IResult Handle(string module, HttpRequest request, ZohoEmulatorServices services)
    {
        var state = services.State;
        if (state.Module(module) is null)
        {
            return ZohoReply.InvalidModule();
        }

        var type = string.IsNullOrEmpty(request.Query["type"]) ? "all" : request.Query["type"].ToString();
        if (type is not ("all" or "recycle" or "permanent"))
        {
            return ZohoReply.InvalidParam("type");
        }

        var perPage = int.TryParse(request.Query["per_page"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var pp) ? pp : 200;
        var page = int.TryParse(request.Query["page"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) ? p : 1;
        if (perPage is < 1 or > 200 || page < 1)
        {
            return ZohoReply.InvalidParam(perPage is < 1 or > 200 ? "per_page" : "page");
        }

        DateTimeOffset? since = null;
        var header = request.Headers.IfModifiedSince.ToString();
        if (!string.IsNullOrEmpty(header))
        {
            if (!DateTimeOffset.TryParse(header, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return ZohoReply.InvalidParam("If-Modified-Since");
            }

            since = parsed;
        }

        lock (state.Sync)
        {
            var matching = state.Deleted
                .Where(d => d.Module == module && (type == "all" || d.Type == type) && (since is null || d.DeletedTime > since.Value))
                .OrderByDescending(d => d.DeletedTime)
                .ToList();
            if (matching.Count == 0 && since is not null)
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            var slice = matching.Skip((page - 1) * perPage).Take(perPage).ToList();
            if (slice.Count == 0)
            {
                return Results.NoContent();
            }

            var data = new JsonArray(slice.Select(d => (JsonNode)new JsonObject
            {
                ["deleted_by"] = d.DeletedBy is null ? null : ZohoOrgState.UserRef(d.DeletedBy, withEmail: false),
                ["id"] = d.Id,
                ["display_name"] = d.DisplayName,
                ["type"] = d.Type,
                ["created_by"] = d.CreatedBy is null ? null : ZohoOrgState.UserRef(d.CreatedBy, withEmail: false),
                ["deleted_time"] = ZohoFormats.DateTime(d.DeletedTime, state.Zone),
            }).ToArray());
            return ZohoReply.Json(new JsonObject
            {
                ["data"] = data,
                ["info"] = new JsonObject
                {
                    ["per_page"] = perPage,
                    ["count"] = slice.Count,
                    ["page"] = page,
                    ["more_records"] = page * perPage < matching.Count,
                },
            });
        }
    }
}
