using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using SalesGoals.Crm.LocalDataverse.WebApi.Operations;

namespace SalesGoals.Crm.LocalDataverse.WebApi.Hosting;

/// <summary>Copies an ASP.NET Core request into an <see cref="ApiRequest"/> and an <see cref="ApiResponse"/> back out.</summary>
internal static class HttpExchange
{
    public static async Task<ApiRequest> ReadAsync(HttpRequest request)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, request.HttpContext.RequestAborted).ConfigureAwait(false);
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        return new ApiRequest(request.Method, new Uri(request.GetEncodedUrl()), headers, body.ToArray());
    }

    public static async Task WriteAsync(HttpResponse http, ApiResponse response)
    {
        http.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers)
        {
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                http.ContentType = value;
            }
            else
            {
                http.Headers[name] = value;
            }
        }

        if (response.Body.Length > 0)
        {
            http.ContentLength = response.Body.Length;
            await http.Body.WriteAsync(response.Body, http.HttpContext.RequestAborted).ConfigureAwait(false);
        }
    }
}
