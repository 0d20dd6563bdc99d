using System.Threading;
using System.Threading.Tasks;
using Refit;

namespace SalesGoals.Crm.Zoho.Auth;

/// <summary>Zoho Accounts (OAuth) of one data centre.</summary>
public interface IZohoAccountsApi
{
    [Post("/oauth/v2/token")]
    Task<IApiResponse<ZohoTokenResponse>> RefreshAsync(
        [Body(BodySerializationMethod.UrlEncoded)] ZohoRefreshTokenRequest request,
        CancellationToken cancellationToken);
}
