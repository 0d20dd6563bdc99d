using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using SalesGoals.Crm.GoalEngine.Calendars;
using SalesGoals.Crm.GoalEngine.Decomposition;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.Benchmarks.GoalEngine;

/// <summary>
/// One company-year goal decomposed into 50 teams × 20 reps × 12 months × weeks
/// (about 75,000 goals), with capacities, new-hire ramp, seasonality and working days.
/// </summary>
[MemoryDiagnoser]
public class DecompositionBenchmarks
{
    private const int Teams = 50;
    private const int RepsPerTeam = 20;

    private readonly FiscalCalendar _fiscal = FiscalCalendar.Gregorian;
    private readonly DayWeights _weights = DayWeights.For(
        WorkingCalendar.MondayToFriday,
        new SeasonalityProfile("building-materials", new[] { 0.6m, 0.5m, 1.2m, 1.3m, 1.3m, 1.0m, 0.9m, 0.9m, 1.1m, 1.1m, 1.0m, 1.1m }));

    private GoalSnapshot _company = null!;
    private AssigneeShare[] _teams = null!;
    private AssigneeShare[] _reps = null!;
    private int _seed;

    [GlobalSetup]
    public void Setup()
    {
        _company = new GoalSnapshot
        {
            Id = Guid.NewGuid(),
            Name = "Company 2026",
            Assignee = Assignee.Team(Guid.NewGuid()),
            MetricCode = "won-revenue",
            Period = _fiscal.Year(2026),
            Base = 800_000_000m,
            Target = 1_000_000_000m,
            Stretch = 1_200_000_000m,
            RootStrategy = "Grow",
        };
        _teams = Enumerable.Range(0, Teams).Select(i => new AssigneeShare(Assignee.Team(Guid.NewGuid()), 1m + (i % 5 * 0.25m))).ToArray();
        _reps = Enumerable.Range(0, RepsPerTeam)
            .Select(i => new AssigneeShare(Assignee.User(Guid.NewGuid()), 0.5m + (i % 4 * 0.5m), i % 7 == 0 ? new LocalDate(2026, 1 + (i % 12), 1) : null))
            .ToArray();
        _weights.Prepare(2025, 2027);
    }

    [Benchmark]
    public int DecomposeCompanyYearToTeamsRepsMonthsWeeks()
    {
        var count = 0;
        foreach (var team in GoalDecomposer.ByAssignee(_company, _teams, newId: NextId))
        {
            count++;
            foreach (var rep in GoalDecomposer.ByAssignee(team, _reps, RampSchedule.Standard, NextId))
            {
                count++;
                foreach (var month in GoalDecomposer.ByTime(rep, PeriodType.Month, _fiscal, _weights, NextId))
                {
                    count++;
                    count += GoalDecomposer.ByTime(month, PeriodType.Week, _fiscal, _weights, NextId).Count;
                }
            }
        }

        return count;
    }

    // Deterministic, cheap ids: Guid.NewGuid would dominate the measurement.
    private Guid NextId() => new(++_seed, 0, 0, new byte[8]);
}
