using System.Text.Json;

namespace SalesGoals.Crm.Dataverse.WebApi.Errors;

/// <summary>Reads Dataverse's error body <c>{"error":{"code":"0x…","message":"…"}}</c>.</summary>
public static class DataverseErrorBody
{
    public static (int Code, string Message) Parse(string body, int statusCode)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("error", out var error))
            {
                var code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
                var message = error.TryGetProperty("message", out var m) ? m.GetString() : null;
                return (DataverseWebApiException.ParseCode(code), message ?? body);
            }
        }
        catch (JsonException)
        {
            // Not JSON (a gateway's HTML page, an empty body): the status and raw text are all there is.
        }

        return (0, string.IsNullOrWhiteSpace(body) ? $"HTTP {statusCode} without a body" : body);
    }
}
