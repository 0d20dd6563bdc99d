namespace SalesGoals.Crm.GoalEngine.Metrics;

/// <summary>What one matching source record adds to a metric part.</summary>
public enum MeasureKind
{
    /// <summary>The record's amount column, converted to the goal's currency.</summary>
    Amount = 0,

    /// <summary>1 per record.</summary>
    Count = 1,

    /// <summary>Days from the record's creation to its close date.</summary>
    DurationDays = 2,
}
