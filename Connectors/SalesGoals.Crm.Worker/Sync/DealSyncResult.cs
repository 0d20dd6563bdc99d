using System.Collections.Generic;
using SalesGoals.Crm.Integration;

namespace SalesGoals.Crm.Worker.Sync;

/// <summary>What one read of deal changes did. Rows written in bulk by UpsertMultiple count as <see cref="Written"/>
/// (Dataverse does not say which were new); <see cref="Created"/>/<see cref="Updated"/> count rows whose outcome is known.</summary>
public sealed record DealSyncResult(
    ExternalSystem System,
    int DealsRead,
    int Won,
    int Lost,
    int Open,
    int Deleted,
    int Created,
    int Updated,
    int Written,
    int Refused,
    int UnresolvedOwners,
    IReadOnlyList<string> Problems);
