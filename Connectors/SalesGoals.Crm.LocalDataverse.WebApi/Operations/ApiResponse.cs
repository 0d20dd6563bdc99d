using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.LocalDataverse.WebApi.Operations;

/// <summary>One Web API response before it is written to HTTP or into a $batch response.</summary>
public sealed class ApiResponse
{
    public ApiResponse(int status, byte[]? body = null)
    {
        Status = status;
        Body = body ?? [];
    }

    public int Status { get; }

    public byte[] Body { get; }

    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public bool IsSuccess => Status is >= 200 and < 300;

    public ApiResponse With(string header, string value)
    {
        Headers[header] = value;
        return this;
    }

    public static ApiResponse Json(int status, byte[] body) => new ApiResponse(status, body)
        .With("Content-Type", "application/json; odata.metadata=minimal")
        .With("OData-Version", "4.0");
}
