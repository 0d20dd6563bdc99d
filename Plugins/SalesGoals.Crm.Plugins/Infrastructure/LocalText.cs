using SalesGoals.Crm.GoalEngine.Rules;

namespace SalesGoals.Crm.Plugins.Infrastructure;

/// <summary>
/// One message in both product languages; shown in Simplified Chinese for 2052, else English. Every plug-in area's
/// texts (adjustments, goal plans, the Custom APIs' refusals) pick their language here, nowhere else.
/// </summary>
public sealed record LocalText(string English, string Chinese)
{
    public string For(int languageId) => RuleMessages.IsChinese(languageId) ? Chinese : English;

    /// <summary>The text in the given UI language: <c>LocalText.In(language, "…", "…")</c> for a message used once.</summary>
    public static string In(int languageId, string english, string chinese) => new LocalText(english, chinese).For(languageId);

    /// <summary>An engine rule problem in both languages.</summary>
    public static LocalText From(RuleProblem problem) =>
        new(RuleMessages.Render(problem, RuleMessages.English), RuleMessages.Render(problem, RuleMessages.SimplifiedChinese));
}
