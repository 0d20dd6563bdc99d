using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Ledger;

namespace SalesGoals.Crm.Plugins.Attainment;

/// <summary>The contribution ledger (sg_goalcontribution) for one source record or one goal.</summary>
public interface ILedgerRepository
{
    /// <summary>The stored rows of one source record (bounded by the goals it counts for).</summary>
    IReadOnlyList<LedgerEntry> ForSource(string table, Guid recordId);

    /// <summary>Every stored row of one goal (only the recalculation reads these).</summary>
    IReadOnlyList<LedgerEntry> ForGoal(Guid goalId);

    /// <summary>Writes one change: insert, update or delete of a ledger row.</summary>
    void Write(LedgerChange change, string table, DateTime sourceDate, EntityReference? goalOwner);
}
