using System;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Worker.Dataverse;

namespace SalesGoals.Crm.Worker.Sync;

/// <summary>
/// The daily sweep of goals.md §4 ("time passes without events"): calls sg_EvaluatePace page by page
/// until every active goal has been re-evaluated as of the instant. Each page is its own Dataverse
/// transaction, so a failure part-way leaves the evaluated pages done and a retry simply redoes the
/// sweep (evaluating a goal twice for the same instant changes nothing and raises no second alert).
/// </summary>
public sealed class PaceSweeper
{
    public const int DefaultPageSize = 200;

    /// <summary>A guard against a gateway that never reports the end (a million goals at the default page size).</summary>
    private const int MaxPages = 5_000;

    private readonly IDataverseGateway _dataverse;
    private readonly int _pageSize;

    public PaceSweeper(IDataverseGateway dataverse, int pageSize = DefaultPageSize)
    {
        _dataverse = dataverse ?? throw new ArgumentNullException(nameof(dataverse));
        _pageSize = pageSize is >= 1 and <= 500 ? pageSize : throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, "A page holds 1 to 500 goals.");
    }

    public async Task<PaceSweepSummary> SweepAsync(DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        int pages = 0, evaluated = 0, changed = 0, atRisk = 0;
        Guid? next = null;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await _dataverse.EvaluatePaceAsync(asOf, next, _pageSize, cancellationToken).ConfigureAwait(false);
            pages++;
            evaluated += page.Evaluated;
            changed += page.StatusChanged;
            atRisk += page.AtRisk;
            next = page.NextGoalId == Guid.Empty ? null : page.NextGoalId;
        }
        while (next is not null && pages < MaxPages);

        return new PaceSweepSummary(asOf, pages, evaluated, changed, atRisk);
    }
}
