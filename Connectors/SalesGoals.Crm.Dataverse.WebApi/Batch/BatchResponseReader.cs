using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace SalesGoals.Crm.Dataverse.WebApi.Batch;

/// <summary>Reads a $batch response (multipart/mixed of <c>application/http</c> parts) into one answer per operation,
/// in order. Operations after the first failure are absent unless continue-on-error was asked for.</summary>
public static class BatchResponseReader
{
    public static async Task<IReadOnlyList<BatchOperationResponse>> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        var boundary = response.Content.Headers.ContentType?.Parameters.FirstOrDefault(p => p.Name == "boundary")?.Value?.Trim('"')
            ?? throw new InvalidOperationException("The $batch response has no multipart boundary.");
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<BatchOperationResponse>();
        foreach (var part in text.Split("--" + boundary, StringSplitOptions.None).Skip(1))
        {
            if (part.StartsWith("--", StringComparison.Ordinal))
            {
                break;
            }

            var http = After(part, "\r\n\r\n");
            if (http is null)
            {
                continue;
            }

            var statusLine = http[..http.IndexOf("\r\n", StringComparison.Ordinal)];
            var status = int.Parse(statusLine.Split(' ')[1], NumberStyles.Integer, CultureInfo.InvariantCulture);
            var body = (After(http, "\r\n\r\n") ?? string.Empty).TrimEnd('\r', '\n');
            result.Add(new BatchOperationResponse(result.Count, status, body));
        }

        return result;
    }

    private static string? After(string text, string separator)
    {
        var index = text.IndexOf(separator, StringComparison.Ordinal);
        return index < 0 ? null : text[(index + separator.Length)..];
    }
}
