namespace SalesGoals.Crm.GoalEngine.Decomposition;

/// <summary>One child of a dimension split: the dimension value and its explicit share (any scale, e.g. 40 : 50 : 10).</summary>
public sealed record DimensionShare(string Value, decimal Share);
