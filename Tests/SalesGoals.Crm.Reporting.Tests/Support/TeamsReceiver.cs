using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SalesGoals.Crm.Reporting.Tests.Support;

/// <summary>A loopback stand-in for a Teams incoming webhook: records every JSON body posted to its path (with its query) and answers 202.</summary>
internal sealed class TeamsReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TeamsReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<(string PathAndQuery, JsonObject Body)> Posts { get; } = new();

    public Uri WebhookUrl { get; private set; } = null!;

    public static async Task<TeamsReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new TeamsReceiver(app);
        app.MapPost("/workflows/{id}/triggers/manual/paths/invoke", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var json = JsonNode.Parse(await reader.ReadToEndAsync(context.RequestAborted))!.AsObject();
            receiver.Posts.Enqueue((context.Request.Path + context.Request.QueryString, json));
            return Results.Accepted();
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.WebhookUrl = new Uri($"{address}/workflows/abc123/triggers/manual/paths/invoke?api-version=1&sig=x%2By");
        return receiver;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
