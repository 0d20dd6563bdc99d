using System;

namespace SalesGoals.Crm.Plugins.Adjustments;

/// <summary>An sg_goaladjustmentline row: a goal's new tiers (null keeps the current value).</summary>
public sealed record AdjustmentLineRecord(Guid Id, Guid GoalId, decimal? NewBase, decimal? NewTarget, decimal? NewStretch);
