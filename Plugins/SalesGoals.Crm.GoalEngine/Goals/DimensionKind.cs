namespace SalesGoals.Crm.GoalEngine.Goals;

/// <summary>The dimensions a goal's scope can be filtered by and split along.</summary>
public enum DimensionKind
{
    ProductLine = 0,
    Region = 1,
    Segment = 2,
}
