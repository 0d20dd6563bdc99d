using System.Threading;
using System.Threading.Tasks;

namespace SalesGoals.Crm.Fenxiang.Auth;

/// <summary>One token per enterprise, cached and refreshed under a lock.</summary>
public interface IFenxiangTokenProvider
{
    /// <summary>The cached token, or a fresh one when none is usable.</summary>
    Task<FenxiangAccessToken> GetAsync(CancellationToken cancellationToken);

    /// <summary>Called after the server rejected <paramref name="rejected"/>: fetches a new token unless
    /// another caller already replaced it, so a burst of rejections costs one token call.</summary>
    Task<FenxiangAccessToken> RefreshAsync(FenxiangAccessToken rejected, CancellationToken cancellationToken);
}
