using System.Threading;
using System.Threading.Tasks;

namespace SalesGoals.Crm.Messaging.Consumers;

/// <summary>
/// Remembers which (message id, entity version) keys have had their effect, so a redelivered message has
/// none the second time. A durable store should record the key in the same transaction as the effect.
/// </summary>
public interface IIdempotencyStore
{
    ValueTask<IdempotencyState> TryBeginAsync(string key, CancellationToken cancellationToken);

    ValueTask MarkProcessedAsync(string key, CancellationToken cancellationToken);

    /// <summary>The attempt failed: the key may be tried again.</summary>
    ValueTask ReleaseAsync(string key, CancellationToken cancellationToken);
}
