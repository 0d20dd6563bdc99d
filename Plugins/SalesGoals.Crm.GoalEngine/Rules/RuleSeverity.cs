namespace SalesGoals.Crm.GoalEngine.Rules;

/// <summary>Errors block the change (nothing is written); warnings are shown and let it through.</summary>
public enum RuleSeverity
{
    Error = 0,
    Warning = 1,
}
