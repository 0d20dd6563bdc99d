using System;
using System.Threading;
using System.Threading.Tasks;

namespace SalesGoals.Crm.Messaging.ServiceBus;

/// <summary>Signs SAS tokens locally with the rule's key.</summary>
public sealed class SasCbsTokenSource : ICbsTokenSource
{
    private readonly string _keyName;
    private readonly string _key;
    private readonly TimeSpan _lifetime;
    private readonly TimeProvider _time;

    public SasCbsTokenSource(string keyName, string key, TimeSpan lifetime, TimeProvider time)
    {
        _keyName = keyName;
        _key = key;
        _lifetime = lifetime;
        _time = time;
    }

    public ValueTask<CbsToken> GetTokenAsync(string audience, CancellationToken cancellationToken)
    {
        DateTimeOffset expiresAt = _time.GetUtcNow() + _lifetime;
        return ValueTask.FromResult(new CbsToken(CbsToken.SasTokenType,
            SharedAccessSignature.Create(_keyName, _key, audience, expiresAt), expiresAt));
    }
}
