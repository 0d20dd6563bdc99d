using System.Collections.Generic;
using SalesGoals.Crm.Plugins.Planning;

namespace SalesGoals.Crm.Plugins.Tests.Support;

/// <summary>The outputs of one sg_ApplyGoalPlan call, as its caller (the CLI) reads them.</summary>
public sealed record PlanOutcome(int Created, int Updated, int Unchanged, int Activated, IReadOnlyList<GoalPlanRemoval> Removed);
