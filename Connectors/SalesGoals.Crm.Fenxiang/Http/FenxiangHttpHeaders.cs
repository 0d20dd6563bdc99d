namespace SalesGoals.Crm.Fenxiang.Http;

/// <summary>Headers the connector reads or writes.</summary>
public static class FenxiangHttpHeaders
{
    public const string Enterprise = "x-fs-ea";
    public const string UserId = "x-fs-userid";

    /// <summary>Added to a response by <see cref="ResponseInspectionHandler"/> so outer handlers and the
    /// retry predicate see the body's errorCode without parsing it again. Never sent to the server.</summary>
    public const string ErrorCode = "X-SalesGoals-Fenxiang-ErrorCode";

    public const string TraceIdQueryParameter = "thirdTraceId";
}
