using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SalesGoals.Crm.Zoho.Emulator.Http;
using SalesGoals.Crm.Zoho.Emulator.State;

namespace SalesGoals.Crm.Zoho.Emulator.Endpoints;

/// <summary><c>GET /crm/v8/{module}</c>: <c>fields</c> required (≤ 50), <c>per_page</c> ≤ 200,
/// page × per_page ≤ 2000 (beyond that only <c>page_token</c>, up to 100,000 records), 204 when empty,
/// 304 when nothing changed since If-Modified-Since.</summary>
public static class RecordReadEndpoint
{
    public const int MaxFields = 50;
    public const int MaxPerPage = 200;
    public const int DiscreteLimit = 2000;
    public const int PageTokenLimit = 100_000;

    public static void Map(IEndpointRouteBuilder app, ZohoEmulatorServices services)
    {
        app.MapGet("/crm/v8/{module}", (string module, HttpRequest request) => Handle(module, request, services));
        app.MapGet("/crm/v8/{module}/{id}", (string module, string id) => HandleOne(module, id, services));
    }

    /// <summary><c>GET /crm/v8/{module}/{id}</c>: every field of one record; 204 when there is no such record.</summary>
    private static IResult HandleOne(string module, string id, ZohoEmulatorServices services)
    {
        var state = services.State;
        var schema = state.Module(module);
        if (schema is null)
        {
            return ZohoReply.InvalidModule();
        }

        lock (state.Sync)
        {
            if (!state.Records[module].TryGetValue(id, out var entry))
            {
                return Results.NoContent();
            }

            var record = Project(entry, schema.Fields.Select(f => f.ApiName), schema);
            return ZohoReply.Json(new JsonObject { ["data"] = new JsonArray(record) });
        }
    }

    private static IResult Handle(string module, HttpRequest request, ZohoEmulatorServices services)
    {
        var state = services.State;
        var schema = state.Module(module);
        if (schema is null)
        {
            return ZohoReply.InvalidModule();
        }

        var query = request.Query;
        var now = state.Time.GetUtcNow();
        ZohoPageCursor? cursor = null;
        if (!string.IsNullOrEmpty(query["page_token"]))
        {
            cursor = services.Cursors.Find(query["page_token"]!, now);
            if (cursor is null || cursor.Module != module)
            {
                return ZohoReply.InvalidParam("page_token", "invalid page token");
            }

            services.Stats.PageTokenRead();
        }

        var fieldsParam = query["fields"].ToString();
        if (cursor is null && string.IsNullOrWhiteSpace(fieldsParam))
        {
            return ZohoReply.RequiredParamMissing("fields");
        }

        var fields = string.IsNullOrWhiteSpace(fieldsParam)
            ? cursor!.Fields
            : fieldsParam.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
        if (fields.Count > MaxFields)
        {
            return ZohoReply.LimitExceeded(MaxFields, "fields");
        }

        if (!TryInt(query["per_page"], cursor?.PerPage ?? MaxPerPage, out var perPage) || perPage < 1)
        {
            return ZohoReply.InvalidParam("per_page");
        }

        if (perPage > MaxPerPage)
        {
            return ZohoReply.LimitExceeded(MaxPerPage, "per_page");
        }

        if (!TryInt(query["page"], 1, out var page) || page < 1)
        {
            return ZohoReply.InvalidParam("page");
        }

        if (cursor is null && page * perPage > DiscreteLimit)
        {
            return ZohoReply.Error(StatusCodes.Status400BadRequest, "DISCRETE_PAGINATION_LIMIT_EXCEEDED",
                "You can only get the first 2000 records without using page_token param", new JsonObject { ["limit"] = DiscreteLimit });
        }

        var sortBy = cursor?.SortBy ?? (string.IsNullOrEmpty(query["sort_by"]) ? "id" : query["sort_by"].ToString());
        if (!RecordOrdering.SortFields.Contains(sortBy, StringComparer.Ordinal))
        {
            return ZohoReply.InvalidParam("sort_by");
        }

        var sortOrder = string.IsNullOrEmpty(query["sort_order"]) ? (cursor is { Descending: false } ? "asc" : "desc") : query["sort_order"].ToString();
        if (sortOrder is not ("asc" or "desc"))
        {
            return ZohoReply.InvalidParam("sort_order");
        }

        var descending = cursor?.Descending ?? sortOrder == "desc";
        var since = cursor?.ModifiedSince;
        var header = request.Headers.IfModifiedSince.ToString();
        if (cursor is null && !string.IsNullOrEmpty(header))
        {
            if (!DateTimeOffset.TryParse(header, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return ZohoReply.InvalidParam("If-Modified-Since");
            }

            since = parsed;
        }

        if (cursor is not null && cursor.Served >= PageTokenLimit)
        {
            return ZohoReply.Error(StatusCodes.Status400BadRequest, "PAGINATION_LIMIT_EXCEEDED",
                "You can only get upto 100000 records using page_token param", new JsonObject { ["param_name"] = "page_token" });
        }

        lock (state.Sync)
        {
            var matching = state.Records[module].Values.Where(r => since is null || r.Modified > since.Value);
            var sorted = RecordOrdering.Sort(matching, sortBy, descending);
            var start = cursor is null ? (page - 1) * perPage : RecordOrdering.IndexAfter(sorted, sortBy, descending, cursor.SortKey, cursor.LastId);
            var slice = sorted.Skip(start).Take(perPage).ToList();
            if (sorted.Count == 0 && since is not null)
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            if (slice.Count == 0)
            {
                return Results.NoContent();
            }

            var more = start + slice.Count < sorted.Count;
            var servedPage = cursor is null ? page : cursor.Page + 1;
            var served = (cursor?.Served ?? ((page - 1) * perPage)) + slice.Count;
            var expiry = now.AddDays(1);
            string? nextToken = null;
            if (more)
            {
                var last = slice[^1];
                nextToken = services.Cursors.Issue(new ZohoPageCursor(
                    module, fields, sortBy, descending, since, perPage, servedPage, served, RecordOrdering.KeyOf(last, sortBy), last.Id, expiry));
            }

            var data = new JsonArray(slice.Select(r => (JsonNode)Project(r, fields, schema)).ToArray());
            return ZohoReply.Json(new JsonObject
            {
                ["data"] = data,
                ["info"] = new JsonObject
                {
                    ["call"] = false,
                    ["per_page"] = perPage,
                    ["next_page_token"] = nextToken,
                    ["count"] = slice.Count,
                    ["sort_by"] = sortBy,
                    ["page"] = servedPage,
                    ["page_token_expiry"] = more ? ZohoFormats.DateTime(expiry, state.Zone) : null,
                    ["sort_order"] = descending ? "desc" : "asc",
                    ["email"] = false,
                    ["more_records"] = more,
                    ["previous_page_token"] = cursor is null ? null : request.Query["page_token"].ToString(),
                },
            });
        }
    }

    /// <summary>The record with "id" and the asked fields (null when unset); unknown field names are ignored.</summary>
    public static JsonObject Project(ZohoRecordEntry entry, IEnumerable<string> fields, ZohoModuleSchema schema)
    {
        var result = new JsonObject { ["id"] = entry.Id };
        foreach (var field in fields)
        {
            if (field == "id" || (schema.Field(field) is null && !ZohoFormats.SystemFields.Contains(field, StringComparer.Ordinal)))
            {
                continue;
            }

            result[field] = entry.Data[field]?.DeepClone();
        }

        return result;
    }

    private static bool TryInt(string? text, int fallback, out int value)
    {
        if (string.IsNullOrEmpty(text))
        {
            value = fallback;
            return true;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
    }
}
