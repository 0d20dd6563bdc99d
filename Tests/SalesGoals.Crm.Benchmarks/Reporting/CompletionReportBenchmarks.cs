using System;
using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;
using SalesGoals.Crm.GoalEngine.Calendars;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Reporting.Data;
using SalesGoals.Crm.Reporting.Output;
using SalesGoals.Crm.Reporting.Reports;

namespace SalesGoals.Crm.Benchmarks.Reporting;

/// <summary>
/// A monthly report over 10,000 goals (a company year goal → 100 team goals → 9,899 rep goals, E5 seasonality, Mon–Fri)
/// with 100,000 ledger rows: computing it with the goal engine, and writing it as .xlsx and .csv.
/// </summary>
[MemoryDiagnoser]
public class CompletionReportBenchmarks
{
    private const int Teams = 100;
    private const int Goals = 10_000;
    private const int LedgerRows = 100_000;
    private static readonly LocalDate AsOf = new(2026, 5, 13);
    private ReportDataSet _data = null!;
    private CompletionReport _report = null!;

    [GlobalSetup]
    public void Setup()
    {
        var year = new Period(PeriodType.Year, new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));
        var weights = DayWeights.For(WorkingCalendar.MondayToFriday, new SeasonalityProfile("e5", [0.6m, 0.5m, 1.2m, 1.3m, 1.3m, 1.0m, 0.9m, 0.9m, 1.1m, 1.1m, 1.0m, 1.1m]));
        var goals = new List<GoalRow>();
        var people = new Dictionary<Guid, PersonRow>();
        var teams = new Dictionary<Guid, string>();
        GoalRow Goal(string name, Guid? parent, Guid? user, Guid? team, SplitAxis split, decimal target) => new()
        {
            Id = Guid.NewGuid(), Name = name, ParentId = parent, AssigneeUserId = user, AssigneeTeamId = team, SplitAxis = split,
            MetricCode = MetricCodes.WonRevenue, CurrencyCode = "CNY", PeriodType = year.Type, Start = year.Start, End = year.End, Target = target,
        };
        var company = Goal("Company 2026", null, null, null, SplitAxis.Assignee, 1_000_000_000m);
        goals.Add(company);
        var reps = new List<GoalRow>();
        for (var t = 0; t < Teams; t++)
        {
            var teamId = Guid.NewGuid();
            teams[teamId] = $"Team {t}";
            var team = Goal($"Team {t} 2026", company.Id, null, teamId, SplitAxis.Assignee, 10_000_000m);
            goals.Add(team);
            for (var r = 0; r < (Goals - 1 - Teams) / Teams + (t < (Goals - 1 - Teams) % Teams ? 1 : 0); r++)
            {
                var user = Guid.NewGuid();
                people[user] = new PersonRow(user, $"Rep {t}-{r}", null, null, 1033);
                var rep = Goal($"Rep {t}-{r} 2026", team.Id, user, null, SplitAxis.None, 100_000m);
                goals.Add(rep);
                reps.Add(rep);
            }
        }

        var random = new Random(42);
        var contributions = new List<ContributionRow>(LedgerRows);
        for (var i = 0; i < LedgerRows; i++)
        {
            contributions.Add(new ContributionRow(reps[random.Next(reps.Count)].Id, new MetricTotals(random.Next(1_000, 20_000), 0m), year.Start.AddDays(random.Next(0, 133))));
        }

        var byGoal = new Dictionary<Guid, DayWeights>();
        foreach (var goal in goals)
        {
            byGoal[goal.Id] = weights;
        }

        _data = new ReportDataSet { Goals = goals, Contributions = contributions, People = people, Teams = teams, Weights = byGoal };
        _report = CompletionReportBuilder.Build(_data, new ReportRequest(ReportKind.Monthly, AsOf));
    }

    [Benchmark]
    public int BuildMonthly() => CompletionReportBuilder.Build(_data, new ReportRequest(ReportKind.Monthly, AsOf)).Lines.Count;

    [Benchmark]
    public long WriteXlsx()
    {
        using var stream = new MemoryStream();
        XlsxReportWriter.Write(stream, _report, ReportLabels.Chinese);
        return stream.Length;
    }

    [Benchmark]
    public long WriteCsv()
    {
        using var stream = new MemoryStream();
        CsvReportWriter.Write(stream, _report, ReportLabels.Chinese);
        return stream.Length;
    }
}
