using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.GoalEngine.Rules;

/// <summary>
/// One problem: a code plus its parameters (already-formatted numbers and dates, or enums that
/// are localized when rendered). Render it with <see cref="RuleMessages"/>.
/// </summary>
public sealed record RuleProblem(RuleCode Code, RuleSeverity Severity, Guid? GoalId, IReadOnlyDictionary<string, object> Parameters)
{
    public string CodeText => Code.ToString();

    public override string ToString() => RuleMessages.Render(this, RuleMessages.English);
}
