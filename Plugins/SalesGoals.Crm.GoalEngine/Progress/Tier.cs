namespace SalesGoals.Crm.GoalEngine.Progress;

/// <summary>The highest tier the actual has reached: None &lt; Base &lt; Target &lt; Stretch.</summary>
public enum Tier
{
    None = 0,
    Base = 1,
    Target = 2,
    Stretch = 3,
}
