using System;

namespace SalesGoals.Crm.GoalEngine.Adjustments;

/// <summary>One child's new target in a reallocation (e.g. 50,000,000 → 45,000,000).</summary>
public sealed record ReallocationLine(Guid ChildGoalId, decimal NewTarget);
