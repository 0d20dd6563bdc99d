namespace SalesGoals.Crm.Reporting.Alerts;

/// <summary>What a notice tells: an alert raised (at risk, achieved, stretch reached) or an at-risk alert resolved (back on track).</summary>
public enum AlertPhase
{
    Raised = 0,
    Resolved = 1,
}
