using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Ledger;

namespace SalesGoals.Crm.Plugins.Attainment;

/// <summary>The contribution ledger (sg_goalcontribution): the rows of one source record, or bounded pages of one goal's rows.</summary>
public interface ILedgerRepository
{
    /// <summary>The stored rows of one source record (bounded by the goals it counts for).</summary>
    IReadOnlyList<LedgerEntry> ForSource(string table, Guid recordId);

    /// <summary>Up to <paramref name="size"/> rows of the goals (a batch of leaves) in row-id order after <paramref name="afterRowId"/> (keyset paging).</summary>
    IReadOnlyList<StoredLedgerRow> PageOfGoals(IReadOnlyCollection<Guid> goalIds, Guid afterRowId, int size);

    /// <summary>The goals' rows for the given source records of one table (at most a page of them).</summary>
    IReadOnlyList<StoredLedgerRow> OfGoalsSources(IReadOnlyCollection<Guid> goalIds, string table, IReadOnlyCollection<Guid> sourceIds);

    /// <summary>Writes the changes of one source record (the hot path): inserts in one request, updates in one
    /// request, deletes in one request (one ExecuteMultiple of Deletes: standard tables have no DeleteMultiple). <paramref name="ownerOf"/> gives a goal's owner.</summary>
    void WriteAll(IReadOnlyList<LedgerChange> changes, string table, DateTime sourceDate, Func<Guid, EntityReference?> ownerOf);

    /// <summary>Writes a page of changes with the bulk messages (inserts by CreateMultiple, updates by UpdateMultiple,
    /// deletes by ExecuteMultiple batches while <paramref name="mayDeleteOneMore"/> allows another request); returns the changes written.
    /// <paramref name="ownerOf"/> gives a goal's owner (new rows are owned like their goal).</summary>
    IReadOnlyList<LedgerChange> WriteBatch(
        IReadOnlyList<LedgerChange> changes, IReadOnlyDictionary<LedgerKey, Guid> rowIds, Func<LedgerKey, LedgerSource> sourceOf, Func<Guid, EntityReference?> ownerOf, Func<bool> mayDeleteOneMore);
}
