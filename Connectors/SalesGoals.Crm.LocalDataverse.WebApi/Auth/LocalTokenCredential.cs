using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;

namespace SalesGoals.Crm.LocalDataverse.WebApi.Auth;

/// <summary>The Azure.Identity <see cref="TokenCredential"/> of the local Web API: what ClientSecretCredential is against
/// Entra ID, it is against <see cref="LocalTokenIssuer"/> (the scope must be the environment's <c>/.default</c>).</summary>
public sealed class LocalTokenCredential : TokenCredential
{
    private readonly LocalTokenIssuer _issuer;
    private readonly TimeSpan _lifetime;
    private int _requests;

    public LocalTokenCredential(LocalTokenIssuer issuer, TimeSpan lifetime)
    {
        _issuer = issuer ?? throw new ArgumentNullException(nameof(issuer));
        _lifetime = lifetime;
    }

    /// <summary>Tokens asked for so far.</summary>
    public int Requests => Volatile.Read(ref _requests);

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        var (token, expiresOn) = _issuer.Issue(requestContext.Scopes.Single(), _lifetime);
        return new AccessToken(token, expiresOn);
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
