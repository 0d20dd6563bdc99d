using System;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SalesGoals.Crm.Zoho.Emulator.Auth;
using SalesGoals.Crm.Zoho.Emulator.Http;

namespace SalesGoals.Crm.Zoho.Emulator.Endpoints;

/// <summary><c>POST /oauth/v2/token</c>, form-url-encoded. The answer's api_domain is the emulator itself.</summary>
public static class TokenEndpoint
{
    public static void Map(IEndpointRouteBuilder app, ZohoTokenIssuer issuer, Func<string> apiDomain, ZohoEmulatorOptions options)
    {
        app.MapPost("/oauth/v2/token", async (HttpRequest request) =>
        {
            if (!request.HasFormContentType)
            {
                return ZohoReply.Json(new JsonObject { ["error"] = "invalid_request" });
            }

            var form = await request.ReadFormAsync();
            var (token, error, status) = issuer.Refresh(form["grant_type"], form["client_id"], form["client_secret"], form["refresh_token"]);
            if (token is null)
            {
                var body = new JsonObject { ["error"] = error };
                if (status != StatusCodes.Status200OK)
                {
                    body["error_description"] = "You have made too many requests continuously. Please try again after some time.";
                    body["status"] = "failure";
                }

                return ZohoReply.Json(body, status);
            }

            var answer = new JsonObject
            {
                ["access_token"] = token.Value,
                ["api_domain"] = apiDomain(),
                ["token_type"] = "Bearer",
                ["expires_in"] = (long)options.TokenLifetime.TotalSeconds,
            };
            if (options.TokenExpiryInMilliseconds)
            {
                answer["expires_in"] = (long)options.TokenLifetime.TotalMilliseconds;
                answer["expires_in_sec"] = (long)options.TokenLifetime.TotalSeconds;
            }

            return ZohoReply.Json(answer);
        });
    }
}
