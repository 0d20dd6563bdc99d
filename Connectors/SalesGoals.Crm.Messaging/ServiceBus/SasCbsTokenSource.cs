using System;
using System.Threading;
using System.Threading.Tasks;

namespace SalesGoals.Crm.Messaging.ServiceBus;

/// <summary>Signs SAS tokens locally with the rule's key.</summary>
public sealed class SasCbsTokenSource : ICbsTokenSource
{
    private readonly string keyName;
    private readonly string key;
    private readonly TimeSpan lifetime;
    private readonly TimeProvider time;

    public SasCbsTokenSource(string keyName, string key, TimeSpan lifetime, TimeProvider time)
    {
        this.keyName = keyName;
        this.key = key;
        this.lifetime = lifetime;
        this.time = time;
    }

    public ValueTask<CbsToken> GetTokenAsync(string audience, CancellationToken cancellationToken)
    {
        DateTimeOffset expiresAt = time.GetUtcNow() + lifetime;
        return ValueTask.FromResult(new CbsToken(CbsToken.SasTokenType,
            SharedAccessSignature.Create(keyName, key, audience, expiresAt), expiresAt));
    }
}
