namespace SalesGoals.Crm.LocalDataverse.WebApi.Errors;

/// <summary>Error codes the Dataverse Web API layer answers with (published in "Web service error codes").</summary>
public static class WebApiErrorCodes
{
    /// <summary>0x80060888: a URL or property the Web API cannot resolve ("Resource not found for the segment…", "Invalid property…").</summary>
    public const int InvalidUrlOrProperty = unchecked((int)0x80060888);

    /// <summary>0x80048d19: "Error identified in Payload provided by the user for Entity…".</summary>
    public const int PayloadError = unchecked((int)0x80048d19);

    /// <summary>0x80072322: service protection limit, number of requests exceeded.</summary>
    public const int TooManyRequests = unchecked((int)0x80072322);

    /// <summary>0x80048306: the service is temporarily unavailable (local choice for the 503 fault switch).</summary>
    public const int ServiceUnavailable = unchecked((int)0x80048306);

    /// <summary>0x80040220: the caller is not authenticated (no or bad bearer token).</summary>
    public const int Unauthorized = unchecked((int)0x80040220);

    /// <summary>0x80040237: a row with the same key exists (If-None-Match: * on an existing row).</summary>
    public const int DuplicateRecord = unchecked((int)0x80040237);
}
