using System;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using Microsoft.Extensions.Options;
using SalesGoals.Crm.Dataverse.WebApi.Configuration;

namespace SalesGoals.Crm.Dataverse.WebApi.Auth;

/// <summary>One access token for <c>{url}/.default</c>, shared by all requests, renewed a margin before it expires
/// (or at once when Dataverse refused it). Only one caller asks the credential at a time.</summary>
public sealed class DataverseTokenCache : IDisposable
{
    private readonly TokenCredential _credential;
    private readonly DataverseWebApiOptions _options;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AccessToken? _current;

    public DataverseTokenCache(TokenCredential credential, IOptions<DataverseWebApiOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _credential = credential;
        _options = options.Value;
        _time = time;
    }

    public async ValueTask<string> GetAsync(CancellationToken cancellationToken)
    {
        if (_current is { } token && token.ExpiresOn - _options.TokenRefreshMargin > _time.GetUtcNow())
        {
            return token.Token;
        }

        return await RenewAsync(stale: _current?.Token, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Drops <paramref name="stale"/> and gets a new token (a concurrent caller may already have done so).</summary>
    public async ValueTask<string> RenewAsync(string? stale, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_current is { } token && token.Token != stale && token.ExpiresOn - _options.TokenRefreshMargin > _time.GetUtcNow())
            {
                return token.Token;
            }

            var fresh = await _credential.GetTokenAsync(new TokenRequestContext([_options.Scope]), cancellationToken).ConfigureAwait(false);
            _current = fresh;
            return fresh.Token;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
