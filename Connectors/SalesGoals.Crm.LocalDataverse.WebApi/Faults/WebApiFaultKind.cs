namespace SalesGoals.Crm.LocalDataverse.WebApi.Faults;

/// <summary>A fault the local Web API can be told to inject into the next requests.</summary>
public enum WebApiFaultKind
{
    /// <summary>429 Too Many Requests with Retry-After (service protection limit).</summary>
    Throttle,

    /// <summary>503 Service Unavailable with Retry-After.</summary>
    ServiceUnavailable,

    /// <summary>The connection is closed without a response.</summary>
    DropConnection,
}
