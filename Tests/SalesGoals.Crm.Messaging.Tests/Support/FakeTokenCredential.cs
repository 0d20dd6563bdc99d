using System;
using System.Buffers.Text;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using SalesGoals.Crm.Testing.Time;

namespace SalesGoals.Crm.Messaging.Tests.Support;

/// <summary>An Azure.Identity-style credential handing out unsigned JWTs with a chosen audience.</summary>
internal sealed class FakeTokenCredential : TokenCredential
{
    private readonly string _audience;
    private readonly TimeSpan _lifetime;

    public FakeTokenCredential(string audience, TimeSpan lifetime)
    {
        _audience = audience;
        _lifetime = lifetime;
    }

    public int TokensIssued { get; private set; }

    public string? LastScope { get; private set; }

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        TokensIssued++;
        LastScope = string.Join(' ', requestContext.Scopes);
        DateTimeOffset expires = TestClocks.MachineNow + _lifetime;
        string header = Base64Url.EncodeToString(Encoding.UTF8.GetBytes("{\"alg\":\"none\",\"typ\":\"JWT\"}"));
        string payload = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(
            $"{{\"aud\":\"{_audience}\",\"exp\":{expires.ToUnixTimeSeconds()},\"iss\":\"https://sts.windows.net/test/\"}}"));
        return new AccessToken($"{header}.{payload}.c2lnbmF0dXJl", expires);
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
