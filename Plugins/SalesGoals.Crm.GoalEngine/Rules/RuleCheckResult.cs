using System.Collections.Generic;
using System.Linq;

namespace SalesGoals.Crm.GoalEngine.Rules;

/// <summary>All problems found for a change, reported together.</summary>
public sealed class RuleCheckResult
{
    public RuleCheckResult(IEnumerable<RuleProblem> problems) => Problems = problems.ToList();

    public static RuleCheckResult Valid { get; } = new(Enumerable.Empty<RuleProblem>());

    public IReadOnlyList<RuleProblem> Problems { get; }

    public IEnumerable<RuleProblem> Errors => Problems.Where(p => p.Severity == RuleSeverity.Error);

    public IEnumerable<RuleProblem> Warnings => Problems.Where(p => p.Severity == RuleSeverity.Warning);

    /// <summary>True when nothing blocks the change (warnings allowed).</summary>
    public bool IsValid => !Errors.Any();

    public bool Has(RuleCode code) => Problems.Any(p => p.Code == code);

    /// <summary>Every problem rendered in the user's language, one per line, errors first.</summary>
    public string Render(int lcid) =>
        string.Join("\n", Problems.OrderBy(p => p.Severity).Select(p => RuleMessages.Render(p, lcid)));
}
