using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.OData;

namespace SalesGoals.Crm.LocalDataverse.WebApi.Payloads;

/// <summary>An in-memory request message for the OData message reader (the body is already buffered).</summary>
internal sealed class ODataMessage : IODataRequestMessage
{
    private readonly Dictionary<string, string> _headers;
    private readonly byte[] _body;

    public ODataMessage(Uri url, string method, IReadOnlyDictionary<string, string> headers, byte[] body)
    {
        Url = url;
        Method = method;
        _body = body;
        _headers = headers.ToDictionary(h => h.Key, h => h.Value, StringComparer.OrdinalIgnoreCase);
        if (!_headers.ContainsKey("Content-Type"))
        {
            _headers["Content-Type"] = "application/json";
        }
    }

    public IEnumerable<KeyValuePair<string, string>> Headers => _headers;

    public Uri Url { get; set; }

    public string Method { get; set; }

    public string? GetHeader(string headerName) => _headers.TryGetValue(headerName, out var value) ? value : null;

    public void SetHeader(string headerName, string headerValue) => _headers[headerName] = headerValue;

    public Stream GetStream() => new MemoryStream(_body, writable: false);
}
