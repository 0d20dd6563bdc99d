using System;
using System.Collections.Generic;
using System.Globalization;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.GoalEngine.Rules;

/// <summary>Builds problems with parameters formatted the same way for every language.</summary>
internal sealed class ProblemBuilder
{
    private readonly Dictionary<string, object> _parameters = new(StringComparer.Ordinal);
    private readonly RuleCode _code;
    private readonly Guid? _goalId;
    private RuleSeverity _severity = RuleSeverity.Error;

    private ProblemBuilder(RuleCode code, GoalSnapshot? goal)
    {
        _code = code;
        _goalId = goal?.Id;
        if (goal != null)
        {
            _parameters["goal"] = goal.Label;
        }
    }

    public static ProblemBuilder For(RuleCode code, GoalSnapshot? goal) => new(code, goal);

    public static string Amount(decimal value, int precision) =>
        value.ToString("N" + precision.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static string Percent(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public ProblemBuilder Warning()
    {
        _severity = RuleSeverity.Warning;
        return this;
    }

    public ProblemBuilder With(string name, object value)
    {
        _parameters[name] = value;
        return this;
    }

    public ProblemBuilder WithAmount(string name, decimal value, int precision) => With(name, Amount(value, precision));

    public ProblemBuilder WithPeriod(string prefix, Period period) =>
        With(prefix + "Start", period.Start.ToString()).With(prefix + "End", period.End.ToString());

    public RuleProblem Build() => new(_code, _severity, _goalId, _parameters);
}
