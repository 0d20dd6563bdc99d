using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Rules;

namespace SalesGoals.Crm.Plugins.Infrastructure;

/// <summary>
/// Thrown by services when the engine finds rule errors; <see cref="PluginBase"/> turns it into an
/// InvalidPluginExecutionException in the caller's language, which rolls the whole operation back.
/// </summary>
[Serializable]
public sealed class GoalRuleViolationException : Exception
{
    public GoalRuleViolationException()
        : this(Array.Empty<RuleProblem>())
    {
    }

    public GoalRuleViolationException(string message)
        : base(message) => Problems = Array.Empty<RuleProblem>();

    public GoalRuleViolationException(string message, Exception innerException)
        : base(message, innerException) => Problems = Array.Empty<RuleProblem>();

    public GoalRuleViolationException(IEnumerable<RuleProblem> problems)
        : this(problems.ToList())
    {
    }

    private GoalRuleViolationException(List<RuleProblem> problems)
        : base(string.Join("\n", problems.Select(p => RuleMessages.Render(p, RuleMessages.English)))) => Problems = problems;

    public IReadOnlyList<RuleProblem> Problems { get; }

    public bool Has(RuleCode code) => Problems.Any(p => p.Code == code);

    /// <summary>The errors in the given UI language (2052 Simplified Chinese, otherwise English).</summary>
    public string Render(int languageId) =>
        Problems.Count == 0 ? Message : string.Join("\n", Problems.Select(p => RuleMessages.Render(p, languageId)));
}
