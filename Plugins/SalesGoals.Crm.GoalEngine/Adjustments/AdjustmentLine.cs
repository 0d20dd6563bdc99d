using System;

namespace SalesGoals.Crm.GoalEngine.Adjustments;

/// <summary>New tier values for one goal; a null tier keeps its current value.</summary>
public sealed record AdjustmentLine(Guid GoalId, decimal? NewBase = null, decimal? NewTarget = null, decimal? NewStretch = null);
