using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Zoho.Errors;

namespace SalesGoals.Crm.Zoho.Auth;

/// <summary>Adds <c>Authorization: Zoho-oauthtoken …</c>, sends the call to the token's api_domain,
/// and on a 401 a new token may cure (INVALID_TOKEN, INVALID_OAUTHTOKEN, AUTHENTICATION_FAILURE) refreshes once (shared with concurrent callers) and resends.</summary>
public sealed class ZohoAuthHandler : DelegatingHandler
{
    public const string Scheme = "Zoho-oauthtoken";

    private readonly ZohoTokenProvider _tokens;

    public ZohoAuthHandler(ZohoTokenProvider tokens) => _tokens = tokens;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await _tokens.GetTokenAsync(cancellationToken);
        Apply(request, token);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized || !await IsCuredByNewTokenAsync(response, cancellationToken))
        {
            return response;
        }

        response.Dispose();
        var fresh = await _tokens.RefreshAfterRejectionAsync(token, cancellationToken);
        Apply(request, fresh);
        return await base.SendAsync(request, cancellationToken);
    }

    private static void Apply(HttpRequestMessage request, ZohoAccessToken token)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue(Scheme, token.Value);
        var original = request.RequestUri ?? throw new InvalidOperationException("A Zoho request needs a URI.");
        var target = new UriBuilder(original)
        {
            Scheme = token.ApiDomain.Scheme,
            Host = token.ApiDomain.Host,
            Port = token.ApiDomain.Port,
        };
        request.RequestUri = target.Uri;
    }

    private static async Task<bool> IsCuredByNewTokenAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        // Buffered, so the body is still there for the caller when no refresh is tried.
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return ZohoErrorClassifier.IsCuredByNewToken(ZohoErrorParser.Parse((int)response.StatusCode, body).Kind);
    }
}
