using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Integration.Adapters;
using SalesGoals.Crm.Integration.Deals;
using SalesGoals.Crm.Integration.Goals;

namespace SalesGoals.Crm.Worker.Tests.Connectors;

/// <summary>The Acme connector's adapter: deals changed after the watermark, oldest first; goal rows kept by goal id.</summary>
internal sealed class AcmeAdapter(AcmeCrm crm) : IExternalCrmAdapter
{
    public ExternalSystem System => AcmeConnector.Acme;

    public Task<IReadOnlyList<string>> VerifyAsync(CancellationToken cancellationToken)
    {
        crm.Verified();
        return Task.FromResult<IReadOnlyList<string>>([]);
    }

    public Task<DealChangeBatch> ReadDealChangesAsync(SyncWatermark since, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(since);
        var changed = crm.Deals.Where(d => d.ModifiedOn > since.ModifiedAfter).OrderBy(d => d.ModifiedOn).ToList();
        var next = changed.Count == 0 ? since : new SyncWatermark(changed[^1].ModifiedOn, changed[^1].ExternalId);
        return Task.FromResult(new DealChangeBatch(changed, next, []));
    }

    public Task<IReadOnlyList<GoalProgressWriteResult>> WriteGoalProgressAsync(IReadOnlyList<GoalProgressRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var row in rows)
        {
            crm.GoalRows[row.GoalId] = row;
        }

        return Task.FromResult<IReadOnlyList<GoalProgressWriteResult>>(rows.Select(r => new GoalProgressWriteResult(r.GoalId, true, "acme-" + r.GoalId.ToString("N"))).ToList());
    }
}
