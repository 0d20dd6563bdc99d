using System.Collections.Generic;
using SalesGoals.Crm.Integration;

namespace SalesGoals.Crm.Worker.Sync;

/// <summary>What one read of deal changes did.</summary>
public sealed record DealSyncResult(
    ExternalSystem System,
    int DealsRead,
    int Won,
    int Lost,
    int Open,
    int Deleted,
    int Created,
    int Updated,
    int UnresolvedOwners,
    IReadOnlyList<string> Problems);
