using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace SalesGoals.Crm.Zoho.Emulator.Http;

/// <summary>Zoho's answer shapes.</summary>
public static class ZohoReply
{
    public static JsonObject ErrorBody(string code, string message, JsonObject? details = null) => new()
    {
        ["code"] = code,
        ["details"] = details ?? new JsonObject(),
        ["message"] = message,
        ["status"] = "error",
    };

    public static IResult Error(int status, string code, string message, JsonObject? details = null) =>
        Results.Json(ErrorBody(code, message, details), statusCode: status);

    public static IResult Json(JsonNode body, int status = StatusCodes.Status200OK) => Results.Json(body, statusCode: status);

    public static IResult RequiredParamMissing(string param) =>
        Error(StatusCodes.Status400BadRequest, "REQUIRED_PARAM_MISSING", "required param is missing", new JsonObject { ["param_name"] = param });

    public static IResult InvalidParam(string param, string message = "invalid data") =>
        Error(StatusCodes.Status400BadRequest, "INVALID_DATA", message, new JsonObject { ["param_name"] = param });

    public static IResult InvalidModule() =>
        Error(StatusCodes.Status400BadRequest, "INVALID_MODULE", "the module name given seems to be invalid", new JsonObject { ["resource_path_index"] = 0 });

    public static IResult LimitExceeded(int limit, string param) =>
        Error(StatusCodes.Status400BadRequest, "LIMIT_EXCEEDED", "limit exceeded", new JsonObject { ["limit"] = limit, ["param_name"] = param });
}
