using SalesGoals.Crm.GoalEngine.Goals;

namespace SalesGoals.Crm.GoalEngine.Rules;

/// <summary>A problem's goal and the other goal it concerns (no ValueTuple on net462).</summary>
internal readonly record struct GoalPair(GoalSnapshot Goal, GoalSnapshot Other);
