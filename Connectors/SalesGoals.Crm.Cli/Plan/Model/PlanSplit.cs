using System.Collections.Generic;
using SalesGoals.Crm.GoalEngine.Goals;

namespace SalesGoals.Crm.Cli.Plan.Model;

/// <summary>One dimension split: each value with its share (any positive numbers; they are used as weights).</summary>
public sealed record PlanSplit(DimensionKind Dimension, IReadOnlyList<PlanShare> Shares);
