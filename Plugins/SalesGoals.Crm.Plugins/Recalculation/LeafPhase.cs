namespace SalesGoals.Crm.Plugins.Recalculation;

/// <summary>A leaf is rebuilt in two passes: its source records page by page (inserts and updates),
/// then its ledger rows page by page (rows whose record no longer counts are removed; the rows are summed).</summary>
public enum LeafPhase
{
    Sources = 0,
    Ledger = 1,

    /// <summary>Both passes are done: the leaf gets its final actual.</summary>
    Finished = 2,
}
