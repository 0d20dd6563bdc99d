using SalesGoals.Crm.Plugins.Infrastructure;

namespace SalesGoals.Crm.Plugins.Recalculation;

/// <summary>
/// The request budget of one recalculation execution: no execution makes more than <see cref="Limit"/>
/// organization-service requests. A new step (one page of one goal) starts only below
/// <see cref="StartBelow"/> and while fewer than <see cref="MaxCheckedPerSlice"/> records and rows were checked; that leaves room for the most a step can cost (two reads, four bulk writes,
/// its goal updates and its deletes in ExecuteMultiple batches of up to 1,000, each batch checked against the budget) and the final state write.
/// </summary>
public sealed class RequestBudget
{
    /// <summary>The stated maximum of requests per execution.</summary>
    public const int Limit = 1_000;

    public const int StartBelow = 400;

    /// <summary>Source records plus ledger rows one execution checks before it stops starting steps: a few pages,
    /// so an execution's bulk writes stay a few requests and its time far inside the 2-minute limit.</summary>
    public const int MaxCheckedPerSlice = 5_000;

    /// <summary>Kept free for the end of the execution: goal updates (with their concurrency retries) and the state write.</summary>
    public const int Reserve = 150;

    private readonly CountingOrganizationService _counter;

    public RequestBudget(CountingOrganizationService counter) => _counter = counter;

    public int Used => _counter.Requests;

    public bool CanStartStep => _counter.Requests < StartBelow;

    /// <summary>True while <paramref name="requests"/> more still leave the reserve intact.</summary>
    public bool CanSpend(int requests) => _counter.Requests + requests <= Limit - Reserve;
}
