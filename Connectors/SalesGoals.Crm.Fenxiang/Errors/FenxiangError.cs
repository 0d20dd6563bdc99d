namespace SalesGoals.Crm.Fenxiang.Errors;

/// <summary>A Fenxiang error answer: the code, what it means for the caller, and the trace id to quote.</summary>
public sealed record FenxiangError(long Code, FenxiangOutcome Outcome, string? Message, string? TraceId, string Endpoint)
{
    /// <summary>The HTTP status when the gateway itself failed (the API answers errors with 200).</summary>
    public int? HttpStatus { get; init; }

    public static FenxiangError From(long code, string? message, string? traceId, string endpoint) =>
        new(code, FenxiangErrorClassifier.Classify(code), message, traceId, endpoint);

    public override string ToString() =>
        $"Fenxiang {Endpoint} answered errorCode {Code} ({Outcome}), traceId {TraceId ?? "none"}: {Message}";
}
