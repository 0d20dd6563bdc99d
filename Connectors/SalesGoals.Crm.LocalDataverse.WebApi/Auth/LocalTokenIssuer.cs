using System;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Threading;

namespace SalesGoals.Crm.LocalDataverse.WebApi.Auth;

/// <summary>Issues and checks the bearer tokens of the local Web API: opaque random strings for one scope
/// (<c>{url}/.default</c>, as Entra ID issues them for Dataverse), each with an expiry.</summary>
public sealed class LocalTokenIssuer
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _tokens = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private int _issued;

    public LocalTokenIssuer(string scope, TimeProvider time)
    {
        Scope = scope;
        _time = time;
    }

    /// <summary>The only scope tokens are issued for: the environment URL + "/.default".</summary>
    public string Scope { get; }

    public int Issued => Volatile.Read(ref _issued);

    public (string Token, DateTimeOffset ExpiresOn) Issue(string scope, TimeSpan lifetime)
    {
        if (!string.Equals(scope, Scope, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"AADSTS500011: the resource for scope '{scope}' is not this environment; ask for '{Scope}'.");
        }

        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var expiresOn = _time.GetUtcNow() + lifetime;
        _tokens[token] = expiresOn;
        Interlocked.Increment(ref _issued);
        return (token, expiresOn);
    }

    public bool IsValid(string? token) =>
        token is not null && _tokens.TryGetValue(token, out var expiresOn) && expiresOn > _time.GetUtcNow();

    /// <summary>Every token issued so far stops working now (a token that expires mid-run, as the client sees it).</summary>
    public void ExpireAll() => _tokens.Clear();
}
