using System;
using SalesGoals.Crm.GoalEngine.Ledger;

namespace SalesGoals.Crm.Plugins.Attainment;

/// <summary>A stored sg_goalcontribution row: its id, its source table and its ledger entry.</summary>
public sealed record StoredLedgerRow(Guid RowId, string SourceTable, LedgerEntry Entry);
