namespace SalesGoals.Crm.GoalEngine.Metrics;

/// <summary>Facts about a source record that some metrics require (set by whoever builds the fact).</summary>
public static class SourceFlags
{
    /// <summary>The record is the account's first won deal (new customer).</summary>
    public const string NewCustomer = "new-customer";

    /// <summary>The account had won deals before (repeat customer).</summary>
    public const string RepeatCustomer = "repeat-customer";
}
