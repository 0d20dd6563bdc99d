namespace SalesGoals.Crm.Reporting.Alerts;

/// <summary>A suggested follow-up: an open opportunity or lead of the rep, ranked by estimated value × probability and
/// then by how soon it is expected to close (the plug-ins' list). <paramref name="IsLead"/> marks a lead.</summary>
public sealed record FollowUp(string Id, string Name, decimal Weighted, bool IsLead = false);
