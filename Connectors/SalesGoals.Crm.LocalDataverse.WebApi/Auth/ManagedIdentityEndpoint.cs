using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace SalesGoals.Crm.LocalDataverse.WebApi.Auth;

/// <summary>
/// The managed-identity token endpoint of Azure App Service / Container Apps (protocol version 2019-08-01), so a
/// worker in another process signs in with Azure.Identity's <c>ManagedIdentityCredential</c> unchanged: it finds the
/// endpoint in <c>IDENTITY_ENDPOINT</c> and the shared secret in <c>IDENTITY_HEADER</c>, as on App Service, and
/// asks <c>GET {endpoint}?api-version=2019-08-01&amp;resource={environment URL}</c> with header <c>X-IDENTITY-HEADER</c>.
/// Tokens come from <see cref="LocalTokenIssuer"/>, so they are the same bearer tokens the Web API accepts.
/// </summary>
public sealed class ManagedIdentityEndpoint
{
    public const string Path = "/msi/token";
    public const string SecretHeader = "X-IDENTITY-HEADER";
    private readonly LocalTokenIssuer _issuer;
    private readonly TimeSpan _lifetime;

    public ManagedIdentityEndpoint(LocalTokenIssuer issuer, TimeSpan lifetime)
    {
        _issuer = issuer ?? throw new ArgumentNullException(nameof(issuer));
        _lifetime = lifetime;
    }

    /// <summary>The value of <c>IDENTITY_HEADER</c>: a random secret of this server, checked on every token request.</summary>
    public string Secret { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    public async Task HandleAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var request = http.Request;
        if (!string.Equals(request.Headers[SecretHeader].ToString(), Secret, StringComparison.Ordinal))
        {
            await WriteAsync(http, 401, Error("invalid_request", "The X-IDENTITY-HEADER header is missing or wrong.")).ConfigureAwait(false);
            return;
        }

        var resource = request.Query["resource"].ToString();
        if (request.Query["api-version"].ToString() != "2019-08-01" || resource.Length == 0)
        {
            await WriteAsync(http, 400, Error("invalid_request", "api-version=2019-08-01 and resource are required.")).ConfigureAwait(false);
            return;
        }

        try
        {
            var (token, expiresOn) = _issuer.Issue(resource.TrimEnd('/') + "/.default", _lifetime);
            await WriteAsync(http, 200, new JsonObject
            {
                ["access_token"] = token,
                ["expires_on"] = expiresOn.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
                ["resource"] = resource,
                ["token_type"] = "Bearer",
            }).ConfigureAwait(false);
        }
        catch (InvalidOperationException exception)
        {
            await WriteAsync(http, 400, Error("invalid_resource", exception.Message)).ConfigureAwait(false);
        }
    }

    private static JsonObject Error(string code, string description) => new() { ["error"] = code, ["error_description"] = description };

    private static async Task WriteAsync(HttpContext http, int status, JsonObject body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync(body.ToJsonString(), http.RequestAborted).ConfigureAwait(false);
    }
}
