using System;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.Plugins.Attainment;

/// <summary>Brings the ledger and the goals' actuals in line with a source record as it is now.</summary>
public interface IAttainmentService
{
    /// <summary>Re-reads the opportunity and applies what changed (win, lose, reopen, edit); replaying changes nothing.</summary>
    void SyncOpportunity(Guid opportunityId);

    /// <summary>Reverses every contribution of a deleted record.</summary>
    void Remove(string table, Guid recordId);

    /// <summary>The goals touched by the last sync (leaves and ancestors), for tests and tracing.</summary>
    int GoalsTouched { get; }
}
