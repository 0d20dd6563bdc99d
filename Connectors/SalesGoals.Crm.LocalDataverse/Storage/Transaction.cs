using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.LocalDataverse.Storage;

/// <summary>The undo log of one top-level operation: every write records the row it replaced.</summary>
internal sealed class Transaction
{
    private readonly List<(TableStore Table, Guid Id, Entity? Before)> _undo = [];

    public int Savepoint => _undo.Count;

    /// <summary>True once a service call inside this transaction failed: as in Dataverse, the whole
    /// operation is then bound to fail, even if a plug-in caught the failure and carried on.</summary>
    public bool IsDoomed { get; private set; }

    public void Doom() => IsDoomed = true;

    public void Record(TableStore table, Guid id, Entity? before) => _undo.Add((table, id, before));

    /// <summary>Undoes every write after the savepoint, newest first.</summary>
    public void RollbackTo(int savepoint)
    {
        for (var i = _undo.Count - 1; i >= savepoint; i--)
        {
            var (table, id, before) = _undo[i];
            table.Put(id, before);
        }

        _undo.RemoveRange(savepoint, _undo.Count - savepoint);
    }
}
