using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace SalesGoals.Crm.Dataverse.WebApi.Batch;

/// <summary>Builds a <c>$batch</c> body (multipart/mixed, one <c>application/http</c> part per operation, Content-ID 1…n)
/// as "Execute batch operations using the Web API" documents it.</summary>
public sealed class BatchRequestBuilder
{
    private readonly Uri _apiRoot;
    private readonly List<(string Method, string RelativeUrl, JsonObject? Body, IReadOnlyDictionary<string, string> Headers)> _operations = [];

    public BatchRequestBuilder(Uri apiRoot) => _apiRoot = apiRoot;

    public int Count => _operations.Count;

    public BatchRequestBuilder Add(string method, string relativeUrl, JsonObject? body, IReadOnlyDictionary<string, string>? headers = null)
    {
        _operations.Add((method, relativeUrl, body, headers ?? new Dictionary<string, string>()));
        return this;
    }

    public MultipartContent Build()
    {
        var content = new MultipartContent("mixed", "batch_" + Guid.NewGuid().ToString("N"));
        var id = 0;
        foreach (var (method, url, body, headers) in _operations)
        {
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"{method} {_apiRoot}{url} HTTP/1.1\r\n");
            foreach (var (name, value) in headers)
            {
                text.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
            }

            if (body is not null)
            {
                text.Append("Content-Type: application/json; type=entry\r\n\r\n");
                text.Append(body.ToJsonString());
            }
            else
            {
                text.Append("\r\n");
            }

            var part = new StringContent(text.ToString(), Encoding.UTF8);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/http");
            part.Headers.Add("Content-Transfer-Encoding", "binary");
            part.Headers.Add("Content-ID", (++id).ToString(CultureInfo.InvariantCulture));
            content.Add(part);
        }

        return content;
    }
}
