using System;
using System.Collections.Concurrent;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SalesGoals.Crm.LocalHosting;

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
        var app = LoopbackWebHost.Create();
        var receiver = new TeamsReceiver(app);
        app.MapPost("/workflows/{id}/triggers/manual/paths/invoke", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var json = JsonNode.Parse(await reader.ReadToEndAsync(context.RequestAborted))!.AsObject();
            receiver.Posts.Enqueue((context.Request.Path + context.Request.QueryString, json));
            return Results.Accepted();
        });
        var address = await LoopbackWebHost.StartAsync(app);
        receiver.WebhookUrl = new Uri($"{address.GetLeftPart(UriPartial.Authority)}/workflows/abc123/triggers/manual/paths/invoke?api-version=1&sig=x%2By");
        return receiver;
    }

    public ValueTask DisposeAsync() => LoopbackWebHost.StopAsync(_app);
}
