using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace SalesGoals.Crm.Dataverse.WebApi.Auth;

/// <summary>Adds the bearer token; when Dataverse answers 401 (the token was revoked or expired early) it renews the
/// token once and sends the request again.</summary>
public sealed class DataverseAuthHandler : DelegatingHandler
{
    private readonly DataverseTokenCache _tokens;

    public DataverseAuthHandler(DataverseTokenCache tokens) => _tokens = tokens;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await _tokens.GetAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        response.Dispose();
        var fresh = await _tokens.RenewAsync(token, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fresh);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
