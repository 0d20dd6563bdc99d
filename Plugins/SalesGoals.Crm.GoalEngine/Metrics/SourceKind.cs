namespace SalesGoals.Crm.GoalEngine.Metrics;

/// <summary>
/// Where a metric's records come from, in the terms of goals.md §1. The engine never names a table or column:
/// the plug-ins map each kind to its table and its date, owner and amount columns (Attainment/Sources/MetricSourceMap).
/// Values are not persisted (the ledger stores the plug-ins' table name), so a new kind may go anywhere.
/// </summary>
public enum SourceKind
{
    /// <summary>No source (a blank fact or metric).</summary>
    None = 0,

    /// <summary>Deals won or lost in the CRM itself, dated by their close date.</summary>
    Deal = 1,

    /// <summary>Deals pulled from another CRM (Zoho CRM, Fenxiang), counted like deals.</summary>
    ExternalDeal = 2,

    /// <summary>Customer visits (completed appointments), dated by their end.</summary>
    Visit = 3,

    /// <summary>Leads, dated by their creation.</summary>
    Lead = 4,

    /// <summary>Collected payments (回款: paid invoices), dated by their paid date.</summary>
    Payment = 5,
}
