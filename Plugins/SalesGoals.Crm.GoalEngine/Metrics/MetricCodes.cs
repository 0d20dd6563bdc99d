namespace SalesGoals.Crm.GoalEngine.Metrics;

/// <summary>Stable codes of the preset metrics (persisted on goals; never rename).</summary>
public static class MetricCodes
{
    public const string WonRevenue = "won-revenue";
    public const string WonDealCount = "won-deal-count";
    public const string NewCustomerRevenue = "new-customer-revenue";
    public const string RepeatCustomerRevenue = "repeat-customer-revenue";
    public const string NewCustomers = "new-customers";
    public const string LostDealCount = "lost-deal-count";
    public const string WinRate = "win-rate";
    public const string AverageDealSize = "average-deal-size";
    public const string CompletedVisits = "completed-visits";
    public const string LeadsCreated = "leads-created";
    public const string CollectedRevenue = "collected-revenue";
    public const string SalesCycleLength = "sales-cycle-length";
}
