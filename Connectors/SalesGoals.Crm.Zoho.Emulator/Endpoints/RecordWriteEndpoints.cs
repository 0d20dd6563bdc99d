using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SalesGoals.Crm.Zoho.Emulator.Http;
using SalesGoals.Crm.Zoho.Emulator.State;

namespace SalesGoals.Crm.Zoho.Emulator.Endpoints;

/// <summary>Insert (POST), update (PUT), upsert (POST …/upsert) and delete: ≤ 100 records a call,
/// one result per record in order; 200/201 all succeeded, 207 mixed, 400 all failed.</summary>
public static class RecordWriteEndpoints
{
    public const int MaxRecords = 100;

    public static void Map(IEndpointRouteBuilder app, ZohoEmulatorServices services)
    {
        app.MapPost("/crm/v8/{module}", (string module, HttpRequest request) => HandleAsync("insert", module, request, services));
        app.MapPut("/crm/v8/{module}", (string module, HttpRequest request) => HandleAsync("update", module, request, services));
        app.MapPost("/crm/v8/{module}/upsert", (string module, HttpRequest request) => HandleAsync("upsert", module, request, services));
        app.MapDelete("/crm/v8/{module}", (string module, HttpRequest request) => Delete(module, request, services));
    }

    private static async Task<IResult> HandleAsync(string operation, string module, HttpRequest request, ZohoEmulatorServices services)
    {
        var schema = services.State.Module(module);
        if (schema is null)
        {
            return ZohoReply.InvalidModule();
        }

        JsonObject? body;
        try
        {
            body = await JsonNode.ParseAsync(request.Body) as JsonObject;
        }
        catch (JsonException)
        {
            return ZohoReply.Error(StatusCodes.Status400BadRequest, "INVALID_DATA", "body", new JsonObject());
        }

        if (body?["data"] is not JsonArray data || data.Count == 0)
        {
            return ZohoReply.RequiredParamMissing("data");
        }

        if (data.Count > MaxRecords)
        {
            return ZohoReply.LimitExceeded(MaxRecords, "data");
        }

        List<string>? duplicateCheck = null;
        if (operation == "upsert" && body["duplicate_check_fields"] is JsonArray checks)
        {
            duplicateCheck = checks.Select(c => c?.ToString() ?? string.Empty).ToList();
            var unknown = duplicateCheck.FirstOrDefault(f => schema.Field(f) is null);
            if (unknown is not null)
            {
                return ZohoReply.Error(StatusCodes.Status400BadRequest, "INVALID_DATA", "invalid data",
                    new JsonObject { ["api_name"] = unknown, ["json_path"] = "$.duplicate_check_fields" });
            }
        }

        services.Stats.WriteBatch(data.Count);
        var results = new JsonArray();
        lock (services.State.Sync)
        {
            var writer = new RecordWriter(services.State, services.Faults, schema, operation, duplicateCheck);
            for (var i = 0; i < data.Count; i++)
            {
                results.Add(writer.Write(data[i], i));
            }
        }

        var succeeded = results.Count(r => r!["status"]!.ToString() == "success");
        var status = succeeded == results.Count
            ? (operation == "insert" ? StatusCodes.Status201Created : StatusCodes.Status200OK)
            : succeeded == 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status207MultiStatus;
        return ZohoReply.Json(new JsonObject { ["data"] = results }, status);
    }

    private static IResult Delete(string module, HttpRequest request, ZohoEmulatorServices services)
    {
        if (services.State.Module(module) is null)
        {
            return ZohoReply.InvalidModule();
        }

        var ids = request.Query["ids"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (ids.Length == 0)
        {
            return ZohoReply.RequiredParamMissing("ids");
        }

        if (ids.Length > MaxRecords)
        {
            return ZohoReply.LimitExceeded(MaxRecords, "ids");
        }

        var results = new JsonArray();
        foreach (var id in ids)
        {
            var deleted = ZohoRecordDeletion.Delete(services.State, module, id, permanent: false);
            results.Add(deleted
                ? new JsonObject { ["code"] = "SUCCESS", ["details"] = new JsonObject { ["id"] = id }, ["message"] = "record deleted", ["status"] = "success" }
                : new JsonObject { ["code"] = "INVALID_DATA", ["details"] = new JsonObject { ["id"] = id }, ["message"] = "the related id given seems to be invalid", ["status"] = "error" });
        }

        var ok = results.Count(r => r!["status"]!.ToString() == "success");
        var status = ok == results.Count ? StatusCodes.Status200OK : ok == 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status207MultiStatus;
        return ZohoReply.Json(new JsonObject { ["data"] = results }, status);
    }
}
