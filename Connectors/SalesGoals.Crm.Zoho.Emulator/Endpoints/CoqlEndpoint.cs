using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SalesGoals.Crm.Zoho.Emulator.Coql;
using SalesGoals.Crm.Zoho.Emulator.Http;
using SalesGoals.Crm.Zoho.Emulator.State;

namespace SalesGoals.Crm.Zoho.Emulator.Endpoints;

/// <summary><c>POST /crm/v8/coql</c> <c>{"select_query": …}</c>: LIMIT ≤ 2000, 204 when nothing matches,
/// lookups returned as <c>{"id": …}</c>, dotted fields (<c>Owner.email</c>) read from the lookup.</summary>
public static class CoqlEndpoint
{
    public static void Map(IEndpointRouteBuilder app, ZohoEmulatorServices services) =>
        app.MapPost("/crm/v8/coql", (HttpRequest request) => HandleAsync(request, services.State));

    private static async Task<IResult> HandleAsync(HttpRequest request, ZohoOrgState state)
    {
        string? text;
        try
        {
            text = (await JsonNode.ParseAsync(request.Body))?["select_query"]?.ToString();
        }
        catch (JsonException)
        {
            return ZohoReply.Error(StatusCodes.Status400BadRequest, "INVALID_DATA", "body", new JsonObject());
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return ZohoReply.RequiredParamMissing("select_query");
        }

        CoqlQuery query;
        try
        {
            query = CoqlParser.Parse(text);
        }
        catch (CoqlParseException ex)
        {
            return InvalidQuery(ex.Message, ex.Detail, ex.Value);
        }

        if (query.Limit is < 1 or > CoqlQuery.MaxLimit)
        {
            return InvalidQuery("limit given seems to be invalid", "limit", query.Limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        lock (state.Sync)
        {
            var schema = state.Module(query.Module);
            if (schema is null)
            {
                return InvalidQuery("invalid module given", "module", query.Module);
            }

            var unknown = query.Fields.Concat(query.OrderBy.Select(o => o.Field)).FirstOrDefault(f => !Known(schema, f));
            if (unknown is not null)
            {
                return InvalidQuery("column given seems to be invalid", "column_name", unknown);
            }

            var rows = state.Records[query.Module].Values
                .Where(r => query.Where?.Matches(f => Read(r.Data, f)) ?? true)
                .ToList();
            rows.Sort((x, y) =>
            {
                foreach (var order in query.OrderBy)
                {
                    var compared = CoqlComparison.Compare(CoqlComparison.Scalar(Read(x.Data, order.Field)), CoqlComparison.Scalar(Read(y.Data, order.Field)));
                    if (compared != 0)
                    {
                        return order.Descending ? -compared : compared;
                    }
                }

                return RecordOrdering.CompareIds(x.Id, y.Id);
            });
            var page = rows.Skip(query.Offset).Take(query.Limit).ToList();
            if (page.Count == 0)
            {
                return Results.NoContent();
            }

            var data = new JsonArray(page.Select(r => (JsonNode)Select(r, query)).ToArray());
            return ZohoReply.Json(new JsonObject
            {
                ["data"] = data,
                ["info"] = new JsonObject { ["count"] = page.Count, ["more_records"] = query.Offset + page.Count < rows.Count },
            });
        }
    }

    private static JsonObject Select(ZohoRecordEntry entry, CoqlQuery query)
    {
        var row = new JsonObject();
        foreach (var field in query.Fields)
        {
            var value = Read(entry.Data, field);
            row[field] = value is JsonObject lookup ? new JsonObject { ["id"] = lookup["id"]?.DeepClone() } : value?.DeepClone();
        }

        row["id"] = entry.Id;
        return row;
    }

    private static JsonNode? Read(JsonObject data, string field)
    {
        var dot = field.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? data[field] : (data[field[..dot]] as JsonObject)?[field[(dot + 1)..]];
    }

    private static bool Known(ZohoModuleSchema schema, string field)
    {
        var dot = field.IndexOf('.', StringComparison.Ordinal);
        var name = dot < 0 ? field : field[..dot];
        return name == "id" || schema.Field(name) is not null;
    }

    private static IResult InvalidQuery(string message, string detail, string value) =>
        ZohoReply.Error(StatusCodes.Status400BadRequest, "INVALID_QUERY", message, new JsonObject { [detail] = value });
}
