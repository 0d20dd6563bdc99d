using SalesGoals.Crm.GoalEngine.Rules;

namespace SalesGoals.Crm.Plugins.Adjustments;

/// <summary>One message in both product languages; shown in Simplified Chinese for 2052, else English.</summary>
public sealed record LocalText(string English, string Chinese)
{
    public string For(int languageId) => RuleMessages.IsChinese(languageId) ? Chinese : English;

    /// <summary>An engine rule problem in both languages.</summary>
    public static LocalText From(RuleProblem problem) =>
        new(RuleMessages.Render(problem, RuleMessages.English), RuleMessages.Render(problem, RuleMessages.SimplifiedChinese));
}
