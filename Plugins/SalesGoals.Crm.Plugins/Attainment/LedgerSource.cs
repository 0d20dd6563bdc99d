using System;

namespace SalesGoals.Crm.Plugins.Attainment;

/// <summary>The source table and date a written ledger row records (DateTime.MinValue: no date).</summary>
public readonly record struct LedgerSource(string Table, DateTime Date);
