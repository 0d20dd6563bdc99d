namespace SalesGoals.Crm.GoalEngine.Rules;

/// <summary>How much of a parent's target its children carry (shown on Draft goals).</summary>
public sealed record AllocationSummary(decimal ParentTarget, decimal Allocated, decimal MaximumAllowed)
{
    /// <summary>Positive while children carry less than the parent.</summary>
    public decimal Unallocated => ParentTarget - Allocated;

    public bool CanActivate => Allocated >= ParentTarget && Allocated <= MaximumAllowed;
}
