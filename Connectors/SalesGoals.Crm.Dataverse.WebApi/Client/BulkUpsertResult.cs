using System.Collections.Generic;
using System.Linq;

namespace SalesGoals.Crm.Dataverse.WebApi.Client;

/// <summary>A bulk upsert's per-row results (in the order given) and the HTTP requests it took.</summary>
public sealed record BulkUpsertResult(IReadOnlyList<UpsertItemResult> Items, int Requests)
{
    public int Failed => Items.Count(i => i.Outcome == UpsertOutcome.Failed);
}
