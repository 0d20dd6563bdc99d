using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Integration.Deals;
using SalesGoals.Crm.Integration.Goals;

namespace SalesGoals.Crm.Integration.Adapters;

/// <summary>What the worker needs from each external CRM, whatever its API looks like.</summary>
public interface IExternalCrmAdapter
{
    ExternalSystem System { get; }

    /// <summary>Checks at start-up that the objects and fields the mapping names exist; lists every problem.</summary>
    Task<IReadOnlyList<string>> VerifyAsync(CancellationToken cancellationToken);

    /// <summary>Reads deals changed since <paramref name="since"/> (won, lost, reopened, edited, deleted).</summary>
    Task<DealChangeBatch> ReadDealChangesAsync(SyncWatermark since, CancellationToken cancellationToken);

    /// <summary>Writes goals and their progress where the system keeps them; one result per row.</summary>
    Task<IReadOnlyList<GoalProgressWriteResult>> WriteGoalProgressAsync(
        IReadOnlyList<GoalProgressRow> rows, CancellationToken cancellationToken);
}
