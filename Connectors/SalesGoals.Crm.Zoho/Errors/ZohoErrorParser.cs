using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using SalesGoals.Crm.Zoho.Api;

namespace SalesGoals.Crm.Zoho.Errors;

/// <summary>Reads every error shape Zoho sends: whole-call <c>{"code":..}</c>, per-record
/// <c>{"data":[{"code":..}]}</c>, OAuth <c>{"error":..}</c> and bodiless statuses.</summary>
public static class ZohoErrorParser
{
    /// <summary>The (first) error in a failed answer's body.</summary>
    public static ZohoError Parse(int httpStatus, string? body)
    {
        var node = TryParse(body);
        if (node?["data"] is JsonArray { Count: > 0 } data && data[0] is JsonObject first && first["code"] is not null)
        {
            return FromRecordResult(first, httpStatus);
        }

        if (node?["code"] is JsonValue)
        {
            return FromObject(node, httpStatus);
        }

        if (node?["error"] is JsonValue tokenError)
        {
            return FromTokenError(tokenError.ToString(), httpStatus);
        }

        return FromStatusOnly(httpStatus, body);
    }

    /// <summary>The per-record errors of a write answered 207 or 400 with a <c>data</c> array.</summary>
    public static ZohoError FromRecordResult(ZohoRecordResult result, int httpStatus)
    {
        var obj = new JsonObject
        {
            ["code"] = result.Code,
            ["message"] = result.Message,
            ["details"] = result.Details?.DeepClone(),
        };
        return FromObject(obj, httpStatus);
    }

    public static ZohoError FromTokenError(string? error, int httpStatus) =>
        new(ZohoErrorClassifier.FromTokenError(error), error ?? "no_access_token", TokenMessage(error), httpStatus);

    private static ZohoError FromRecordResult(JsonObject result, int httpStatus) => FromObject(result, httpStatus);

    private static ZohoError FromObject(JsonObject node, int httpStatus)
    {
        var code = node["code"]?.ToString() ?? "UNKNOWN";
        var details = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node["details"] is JsonObject detailObject)
        {
            foreach (var (key, value) in detailObject)
            {
                if (value is not null)
                {
                    details[key] = value is JsonValue ? value.ToString() : value.ToJsonString();
                }
            }
        }

        details.TryGetValue("api_name", out var apiName);
        details.TryGetValue("json_path", out var jsonPath);
        return new ZohoError(
            ZohoErrorClassifier.FromApiCode(code),
            code,
            node["message"]?.ToString(),
            httpStatus,
            apiName,
            jsonPath,
            details);
    }

    private static ZohoError FromStatusOnly(int httpStatus, string? body)
    {
        var kind = httpStatus switch
        {
            (int)HttpStatusCode.TooManyRequests => ZohoErrorKind.TooManyRequests,
            (int)HttpStatusCode.Unauthorized => ZohoErrorKind.AuthenticationFailure,
            >= 500 => ZohoErrorKind.InternalError,
            _ => ZohoErrorKind.Unknown,
        };
        var message = string.IsNullOrWhiteSpace(body) ? $"HTTP {httpStatus.ToString(CultureInfo.InvariantCulture)} without a body" : Truncate(body);
        return new ZohoError(kind, $"HTTP_{httpStatus.ToString(CultureInfo.InvariantCulture)}", message, httpStatus);
    }

    private static JsonObject? TryParse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string TokenMessage(string? error) => error switch
    {
        "invalid_code" => "Zoho rejected the refresh token (revoked, expired or from another data centre).",
        "invalid_client" => "Zoho rejected the client id/secret (wrong values or wrong data centre).",
        null => "The token answer carried no access_token.",
        "Access Denied" => "Zoho's accounts server throttled token requests (too many in a row); retried after a pause, try again later.",
        _ => $"Zoho refused the token refresh: {error}.",
    };

    private static string Truncate(string text) => text.Length <= 200 ? text : text[..200];
}
