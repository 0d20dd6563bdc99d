using System.Text.Json.Nodes;

namespace SalesGoals.Crm.Fenxiang.Emulator.Protocol;

/// <summary>Builds answers the way Fenxiang shapes them: errorCode, errorMessage, errorDescription, traceId.</summary>
public static class Reply
{
    public static JsonObject Success(string traceId, JsonObject? extra = null)
    {
        var answer = new JsonObject
        {
            ["errorCode"] = 0,
            ["errorMessage"] = "OK",
            ["errorDescription"] = "success",
            ["traceId"] = traceId,
        };
        if (extra is not null)
        {
            foreach (var (key, value) in extra)
            {
                answer[key] = value?.DeepClone();
            }
        }

        return answer;
    }

    public static JsonObject Error(string traceId, long code, string message, string? description = null) => new()
    {
        ["errorCode"] = code,
        ["errorMessage"] = message,
        ["errorDescription"] = description ?? message,
        ["traceId"] = traceId,
    };
}
