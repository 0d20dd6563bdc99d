using System.Text.Json.Nodes;

namespace SalesGoals.Crm.Fenxiang.Emulator.Protocol;

/// <summary>One authenticated API call.</summary>
/// <param name="Path">Request path.</param>
/// <param name="Body">Parsed JSON body.</param>
/// <param name="ActingEmployeeId">Plain id of the acting employee.</param>
/// <param name="UsesOpenUserIds">True with legacy body auth or <c>convertUserId: true</c>: people are FSUID_… then.</param>
/// <param name="TraceId">The answer's traceId.</param>
public sealed record RequestContext(string Path, JsonObject Body, string ActingEmployeeId, bool UsesOpenUserIds, string TraceId)
{
    /// <summary>The <c>data</c> object, or a parameter error.</summary>
    public JsonObject Data => Body["data"] as JsonObject
        ?? throw new EmulatorException(EmulatorErrorCodes.ParameterError, "data is required");
}
