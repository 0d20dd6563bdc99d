using System.Globalization;
using System.IO;
using System.Text.Json;
using SalesGoals.Crm.LocalDataverse.WebApi.Operations;

namespace SalesGoals.Crm.LocalDataverse.WebApi.Errors;

/// <summary>Dataverse's error body: <c>{"error":{"code":"0x80040217","message":"…"}}</c>.</summary>
public static class ErrorBody
{
    public static string Code(int errorCode) => "0x" + errorCode.ToString("x8", CultureInfo.InvariantCulture);

    public static ApiResponse Response(int status, int errorCode, string message)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("error");
            json.WriteString("code", Code(errorCode));
            json.WriteString("message", message);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return ApiResponse.Json(status, buffer.ToArray());
    }
}
