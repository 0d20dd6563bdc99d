using System.Threading;
using System.Threading.Tasks;

namespace SalesGoals.Crm.Messaging.ServiceBus;

/// <summary>Supplies the token put on <c>$cbs</c> for an audience (<c>sb://host/entity</c>).</summary>
public interface ICbsTokenSource
{
    ValueTask<CbsToken> GetTokenAsync(string audience, CancellationToken cancellationToken);
}
