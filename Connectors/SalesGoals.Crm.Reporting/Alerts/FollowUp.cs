namespace SalesGoals.Crm.Reporting.Alerts;

/// <summary>A suggested follow-up: an open opportunity of the rep, ranked by estimated value × probability (the plug-ins' list).</summary>
public sealed record FollowUp(string Id, string Name, decimal Weighted);
