using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.OData;

namespace SalesGoals.Crm.LocalDataverse.WebApi.Batch;

/// <summary>An in-memory response message the OData batch writer writes the multipart response into.</summary>
internal sealed class ODataResponseMessage : IODataResponseMessage
{
    private readonly Dictionary<string, string> _headers = new(StringComparer.OrdinalIgnoreCase);

    public MemoryStream Body { get; } = new();

    public IEnumerable<KeyValuePair<string, string>> Headers => _headers;

    public int StatusCode { get; set; } = 200;

    public string? GetHeader(string headerName) => _headers.TryGetValue(headerName, out var value) ? value : null;

    public void SetHeader(string headerName, string headerValue) => _headers[headerName] = headerValue;

    public Stream GetStream() => Body;
}
