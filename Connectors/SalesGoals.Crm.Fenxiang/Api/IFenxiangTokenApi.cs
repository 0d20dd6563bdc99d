using System.Threading;
using System.Threading.Tasks;
using Refit;

namespace SalesGoals.Crm.Fenxiang.Api;

/// <summary>The two token endpoints. Never call concurrently: go through the token provider.</summary>
public interface IFenxiangTokenApi
{
    /// <summary>Current generation (grantType app_secret); the token then travels in headers.</summary>
    [Post("/oauth2.0/token")]
    Task<AccessTokenResponse> GetAccessTokenAsync([Body] TokenRequest request, CancellationToken cancellationToken);

    /// <summary>Legacy generation; the token then travels in the body.</summary>
    [Post("/cgi/corpAccessToken/get/V2")]
    Task<CorpAccessTokenResponse> GetCorpAccessTokenAsync([Body] TokenRequest request, CancellationToken cancellationToken);
}
