using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SalesGoals.Crm.LocalDataverse.WebApi.Auth;
using SalesGoals.Crm.LocalDataverse.WebApi.Batch;
using SalesGoals.Crm.LocalDataverse.WebApi.Edm;
using SalesGoals.Crm.LocalDataverse.WebApi.Errors;
using SalesGoals.Crm.LocalDataverse.WebApi.Faults;
using SalesGoals.Crm.LocalDataverse.WebApi.Hosting;
using SalesGoals.Crm.LocalDataverse.WebApi.Operations;
using SalesGoals.Crm.LocalHosting;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.LocalDataverse.WebApi;

/// <summary>
/// The local Dataverse behind the Dataverse Web API wire format, on Kestrel at 127.0.0.1 (a free port):
/// <c>{Url}/api/data/v9.2/</c>. Every write goes through the local organization service and its plug-in pipeline.
/// A bearer token from <see cref="Tokens"/> is required; <see cref="Faults"/> injects 429, 503 and dropped connections.
/// <code>
/// await using var api = await LocalDataverseWebApi.StartAsync(environment, solution.CustomApis);
/// var credential = api.CreateCredential();   // a TokenCredential for scope {api.Url}/.default
/// </code>
/// </summary>
public sealed class LocalDataverseWebApi : IAsyncDisposable
{
    public const string ApiPath = "/api/data/v9.2/";
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RequestRecord> _requests = new();
    private ManagedIdentityEndpoint? _identity;

    private LocalDataverseWebApi(WebApplication app, LocalDataverseEnvironment environment, LocalWebApiOptions options)
    {
        _app = app;
        Environment = environment;
        Options = options;
    }

    public LocalDataverseEnvironment Environment { get; }

    public LocalWebApiOptions Options { get; }

    /// <summary>The environment URL, e.g. http://127.0.0.1:5123 (what Dataverse:Url is for a real org).</summary>
    public Uri Url { get; private set; } = null!;

    public LocalTokenIssuer Tokens { get; private set; } = null!;

    public WebApiFaults Faults { get; } = new();

    /// <summary>Every HTTP request received so far, in order.</summary>
    public IReadOnlyList<RequestRecord> Requests => _requests.ToList();

    public void ClearRequests() => _requests.Clear();

    public LocalTokenCredential CreateCredential() => new(Tokens, Options.TokenLifetime);

    /// <summary>The managed-identity token endpoint (App Service protocol): what a worker in another process signs in
    /// with, given <c>IDENTITY_ENDPOINT</c> = <see cref="IdentityEndpoint"/> and <c>IDENTITY_HEADER</c> = <see cref="IdentitySecret"/>.</summary>
    public Uri IdentityEndpoint => new(Url, ManagedIdentityEndpoint.Path);

    /// <summary>The secret the managed-identity endpoint expects in <c>X-IDENTITY-HEADER</c>.</summary>
    public string IdentitySecret => _identity!.Secret;

    public static async Task<LocalDataverseWebApi> StartAsync(LocalDataverseEnvironment environment, IEnumerable<CustomApiDefinition> customApis, LocalWebApiOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(customApis);
        options ??= new LocalWebApiOptions();
        var app = LoopbackWebHost.Create();
        var api = new LocalDataverseWebApi(app, environment, options);
        var edm = EdmModelFactory.Build(environment.Metadata, customApis);
        app.Map(ApiPath.TrimEnd('/') + "/{**path}", (HttpContext context) => api.HandleAsync(context, edm));
        app.MapGet(ManagedIdentityEndpoint.Path, (HttpContext context) => api._identity!.HandleAsync(context));
        api.Url = await LoopbackWebHost.StartAsync(app, cancellationToken).ConfigureAwait(false);
        api.Tokens = new LocalTokenIssuer(api.Url.GetLeftPart(UriPartial.Authority) + "/.default", options.TimeProvider);
        api._identity = new ManagedIdentityEndpoint(api.Tokens, options.TokenLifetime);
        return api;
    }

    public ValueTask DisposeAsync() => LoopbackWebHost.StopAsync(_app);

    private WebApiProcessor? _processor;
    private BatchProcessor? _batch;

    private async Task HandleAsync(HttpContext http, DataverseEdm edm)
    {
        var receivedOn = Options.TimeProvider.GetUtcNow();
        var pathAndQuery = http.Request.Path + http.Request.QueryString;
        if (!Tokens.IsValid(BearerToken(http.Request)))
        {
            http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\", authorization_uri=\"https://login.microsoftonline.com/common/oauth2/authorize\"";
            await HttpExchange.WriteAsync(http.Response, ErrorBody.Response(401, WebApiErrorCodes.Unauthorized, "The bearer token is missing, unknown or expired.")).ConfigureAwait(false);
            _requests.Enqueue(new RequestRecord(receivedOn, http.Request.Method, pathAndQuery, 401, 0));
            return;
        }

        if (Faults.Next() is { } fault)
        {
            _requests.Enqueue(new RequestRecord(receivedOn, http.Request.Method, pathAndQuery, fault.Kind == WebApiFaultKind.DropConnection ? 0 : fault.Kind == WebApiFaultKind.Throttle ? 429 : 503, 0));
            await InjectAsync(http, fault.Kind, fault.RetryAfter).ConfigureAwait(false);
            return;
        }

        var request = await HttpExchange.ReadAsync(http.Request).ConfigureAwait(false);
        var service = Environment.GetOrganizationService(Options.CallerId ?? Environment.SystemUserId);
        _processor ??= new WebApiProcessor(edm, new Uri(Url, ApiPath));
        _batch ??= new BatchProcessor(edm, _processor);
        var pluginRequests = Environment.PluginRequestCount;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (response, operations) = http.Request.Path.Value!.EndsWith("/$batch", StringComparison.Ordinal)
            ? _batch.Process(request, service)
            : (_processor.Process(request, service), 0);
        _requests.Enqueue(new RequestRecord(receivedOn, http.Request.Method, pathAndQuery, response.Status, operations)
        {
            Headers = request.Headers,
            Body = Options.RecordBodies ? System.Text.Encoding.UTF8.GetString(request.Body) : string.Empty,
            PluginRequests = Environment.PluginRequestCount - pluginRequests,
            Duration = clock.Elapsed,
        });
        await HttpExchange.WriteAsync(http.Response, response).ConfigureAwait(false);
    }

    private static async Task InjectAsync(HttpContext http, WebApiFaultKind kind, TimeSpan retryAfter)
    {
        if (kind == WebApiFaultKind.DropConnection)
        {
            http.Abort();
            return;
        }

        var seconds = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        http.Response.Headers.RetryAfter = seconds;
        var response = kind == WebApiFaultKind.Throttle
            ? ErrorBody.Response(429, WebApiErrorCodes.TooManyRequests, "Number of requests exceeded the limit of 6000 over time window of 300 seconds.")
            : ErrorBody.Response(503, WebApiErrorCodes.ServiceUnavailable, "The service is temporarily unavailable. Please retry later.");
        await HttpExchange.WriteAsync(http.Response, response).ConfigureAwait(false);
    }

    private static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..] : null;
    }
}
