using System;

namespace SalesGoals.Crm.Plugins.Attainment;

/// <summary>Brings the ledger and the goals' actuals in line with a source record as it is now.</summary>
public interface IAttainmentService
{
    /// <summary>Re-reads a source record (opportunity, external actual, appointment, lead, invoice) and applies
    /// what changed (won, lost, completed, paid, reopened, edited, owner moved); replaying changes nothing.</summary>
    void Sync(string table, Guid recordId);

    /// <summary>Reverses every contribution of a deleted record.</summary>
    void Remove(string table, Guid recordId);

    /// <summary>The goals touched by the last sync (leaves and ancestors), for tests and tracing.</summary>
    int GoalsTouched { get; }
}
