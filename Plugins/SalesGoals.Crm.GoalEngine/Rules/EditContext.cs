namespace SalesGoals.Crm.GoalEngine.Rules;

/// <summary>How a change reached the goal.</summary>
public sealed record EditContext(bool ViaApprovedAdjustment = false)
{
    public static EditContext Direct { get; } = new();

    public static EditContext ApprovedAdjustment { get; } = new(true);
}
