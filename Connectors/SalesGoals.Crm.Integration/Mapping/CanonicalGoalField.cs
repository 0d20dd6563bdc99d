namespace SalesGoals.Crm.Integration.Mapping;

/// <summary>Canonical goal-progress fields written to an external system's goal object.</summary>
public static class CanonicalGoalField
{
    public const string GoalId = "goalid";
    public const string Name = "name";
    public const string Owner = "owner";
    public const string PeriodType = "periodtype";
    public const string PeriodStart = "periodstart";
    public const string PeriodEnd = "periodend";
    public const string Metric = "metric";
    public const string Currency = "currency";
    public const string BaseValue = "basevalue";
    public const string Target = "target";
    public const string StretchValue = "stretchvalue";
    public const string Actual = "actual";
    public const string AttainmentPercent = "attainmentpercent";
    public const string ExpectedToDate = "expectedtodate";
    public const string PaceStatus = "pacestatus";
    public const string Tier = "tier";
    public const string ComputedOn = "computedon";
}
