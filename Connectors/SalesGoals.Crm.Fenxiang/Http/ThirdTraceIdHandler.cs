using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace SalesGoals.Crm.Fenxiang.Http;

/// <summary>Gives every attempt a fresh <c>thirdTraceId</c> query parameter (a UUID v4), replacing any earlier one.</summary>
public sealed class ThirdTraceIdHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } uri)
        {
            var builder = new UriBuilder(uri);
            var kept = new System.Collections.Generic.List<string>();
            foreach (var part in builder.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!part.StartsWith(FenxiangHttpHeaders.TraceIdQueryParameter + "=", StringComparison.Ordinal))
                {
                    kept.Add(part);
                }
            }

            kept.Add($"{FenxiangHttpHeaders.TraceIdQueryParameter}={Guid.NewGuid():D}");
            builder.Query = string.Join('&', kept);
            request.RequestUri = builder.Uri;
        }

        return base.SendAsync(request, cancellationToken);
    }
}
