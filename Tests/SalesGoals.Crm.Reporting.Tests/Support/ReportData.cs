using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Calendars;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Reporting.Data;

namespace SalesGoals.Crm.Reporting.Tests.Support;

/// <summary>Builds an in-memory <see cref="ReportDataSet"/>: goals, ledger rows and people, Mon–Fri calendar by default.</summary>
internal sealed class ReportData
{
    /// <summary>goals.md E5's monthly weights.</summary>
    public static readonly decimal[] E5Weights = [0.6m, 0.5m, 1.2m, 1.3m, 1.3m, 1.0m, 0.9m, 0.9m, 1.1m, 1.1m, 1.0m, 1.1m];

    private readonly List<GoalRow> _goals = [];
    private readonly List<ContributionRow> _contributions = [];
    private readonly Dictionary<Guid, PersonRow> _people = [];
    private readonly Dictionary<Guid, string> _teams = [];
    private readonly Dictionary<Guid, DayWeights> _weights = [];

    public Guid Person(string name, int language = 1033, Guid? manager = null)
    {
        var id = Guid.NewGuid();
        _people[id] = new PersonRow(id, name, null, manager, language);
        return id;
    }

    public Guid Team(string name)
    {
        var id = Guid.NewGuid();
        _teams[id] = name;
        return id;
    }

    /// <summary>A Q1 2026 won-revenue goal with E5's seasonality (E6) unless told otherwise.</summary>
    public Guid Goal(string name, decimal target, Guid? user = null, Guid? team = null, Guid? parent = null, SplitAxis split = SplitAxis.None,
        decimal? baseValue = null, decimal? stretch = null, Period? period = null, bool seasonal = true, string metric = MetricCodes.WonRevenue)
    {
        var p = period ?? new Period(PeriodType.Quarter, new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31));
        var goal = new GoalRow
        {
            Id = Guid.NewGuid(),
            Name = name,
            ParentId = parent,
            AssigneeUserId = user,
            AssigneeTeamId = team,
            MetricCode = metric,
            CurrencyCode = "CNY",
            PeriodType = p.Type,
            Start = p.Start,
            End = p.End,
            Target = target,
            Base = baseValue,
            Stretch = stretch,
            SplitAxis = split,
        };
        _goals.Add(goal);
        _weights[goal.Id] = DayWeights.For(WorkingCalendar.MondayToFriday, seasonal ? new SeasonalityProfile("e5", E5Weights) : null);
        return goal.Id;
    }

    public ReportData Won(Guid goal, decimal amount, LocalDate on)
    {
        _contributions.Add(new ContributionRow(goal, new MetricTotals(amount, 0m), on));
        return this;
    }

    public ReportDataSet Build() => new()
    {
        Goals = _goals.ToList(),
        Contributions = _contributions.ToList(),
        People = _people,
        Teams = _teams,
        Weights = _weights,
    };
}
