namespace SalesGoals.Crm.GoalEngine.Adjustments;

/// <summary>Submitted → Approved or Rejected → (Approved) Applied. Values are stable.</summary>
public enum AdjustmentStatus
{
    Submitted = 0,
    Approved = 1,
    Rejected = 2,
    Applied = 3,

    /// <summary>Taken back by its requester before anyone decided it: nothing changes, the request stays on record.</summary>
    Withdrawn = 4,
}
