using System.Threading;
using System.Threading.Tasks;
using Azure.Core;

namespace SalesGoals.Crm.Messaging.ServiceBus;

/// <summary>Entra ID: a JWT for <c>https://servicebus.azure.net/.default</c> from an Azure.Identity credential.</summary>
public sealed class CredentialCbsTokenSource : ICbsTokenSource
{
    public const string ServiceBusScope = "https://servicebus.azure.net/.default";

    private readonly TokenCredential _credential;

    public CredentialCbsTokenSource(TokenCredential credential)
    {
        _credential = credential;
    }

    public async ValueTask<CbsToken> GetTokenAsync(string audience, CancellationToken cancellationToken)
    {
        AccessToken token = await _credential.GetTokenAsync(new TokenRequestContext([ServiceBusScope]), cancellationToken).ConfigureAwait(false);
        return new CbsToken(CbsToken.JwtTokenType, token.Token, token.ExpiresOn);
    }
}
