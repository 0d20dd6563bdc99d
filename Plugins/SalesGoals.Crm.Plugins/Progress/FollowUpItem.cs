using System;

namespace SalesGoals.Crm.Plugins.Progress;

/// <summary>An open opportunity or lead suggested to an at-risk rep: its weighted value (estimated value × probability) and expected close date.</summary>
internal sealed record FollowUpItem(Guid Id, string? Name, decimal Weighted, DateTime? Close, bool IsLead);
