using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Decomposition;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.GoalEngine.Progress;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Reporting.Data;

namespace SalesGoals.Crm.Reporting.Reports;

/// <summary>
/// Computes a completion report with the goal engine: each goal's actual as of the report date is the sum of its
/// subtree's ledger rows dated up to that date, and its expected-to-date, attainment, gap, status, tier and projection
/// come from <see cref="ProgressEvaluator"/> with the goal's own calendar and seasonality, exactly as the plug-ins
/// compute them. Pure: no I/O, no clock.
/// </summary>
public static class CompletionReportBuilder
{
    /// <summary>At most this many goals get a line in the pace chart (the company and its teams first).</summary>
    public const int MaxPaceSeries = 8;

    public static CompletionReport Build(ReportDataSet data, ReportRequest request)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(request);
        var window = ReportWindow.For(request.Kind, request.AsOf);
        var tree = new GoalTree(data.Goals);
        var totals = RollUp(tree, data.Contributions, request.AsOf, window);
        var lines = new List<ReportLine>();
        foreach (var (goal, depth) in tree.DepthFirst())
        {
            if (Included(goal, tree, request, window) && Line(goal, depth, tree, data, totals[goal.Id], request.AsOf, window) is { } line)
            {
                lines.Add(line);
            }
        }

        return new CompletionReport(request.Kind, request.AsOf, window, lines, Pace(lines, tree, data, request.AsOf));
    }

    private static bool Included(GoalRow goal, GoalTree tree, ReportRequest request, ReportWindow window) =>
        goal.Target > 0m
        && goal.Start <= request.AsOf && goal.End >= window.Start
        && (request.Levels.Count == 0 || request.Levels.Contains(tree.LevelOf(goal)))
        && (request.PeriodTypes.Count == 0 || request.PeriodTypes.Contains(goal.PeriodType))
        && (request.ProductLine is null || string.Equals(goal.ProductLine, request.ProductLine, StringComparison.OrdinalIgnoreCase))
        && (request.Region is null || string.Equals(goal.Region, request.Region, StringComparison.OrdinalIgnoreCase));

    private static ReportLine? Line(GoalRow goal, int depth, GoalTree tree, ReportDataSet data, WindowTotals totals, LocalDate asOf, ReportWindow window)
    {
        MetricDefinition? metric = goal.MetricCode is { } code && MetricPresets.TryGet(code, out var preset) ? preset : null;
        var kind = metric?.Kind ?? MetricKind.Amount;
        var precision = metric?.FixedPrecision ?? 2;
        var evaluator = Evaluator(goal, data);
        var result = evaluator.Evaluate(new ProgressInput
        {
            Period = goal.Period,
            Target = goal.Target,
            Base = goal.Base,
            Stretch = goal.Stretch,
            Actual = totals.ToDate.ValueFor(kind),
            AsOf = asOf,
            Precision = precision,
            Kind = kind,
            Direction = metric?.Direction ?? MetricDirection.HigherIsBetter,
        });
        var windowActual = totals.Window.ValueFor(kind);
        var previousActual = totals.Previous.ValueFor(kind);
        decimal? windowTarget = kind == MetricKind.Ratio ? null : WindowTarget(goal, evaluator, window, precision);
        return new ReportLine
        {
            GoalId = goal.Id,
            GoalName = goal.Name,
            Level = tree.LevelOf(goal),
            Assignee = data.NameOf(goal),
            Depth = depth,
            MetricCode = goal.MetricCode,
            CurrencyCode = kind == MetricKind.Amount ? goal.CurrencyCode : null,
            ProductLine = goal.ProductLine,
            Region = goal.Region,
            Period = goal.Period,
            Target = goal.Target,
            Actual = result.Actual,
            AttainmentPercent = result.AttainmentPercent,
            ExpectedToDate = result.ExpectedToDate,
            PaceGapPercent = result.PaceGapPercent,
            Status = result.Status,
            Tier = result.Tier,
            Projection = result.RunRateProjection,
            WindowActual = windowActual,
            PreviousWindowActual = previousActual,
            ChangePercent = kind == MetricKind.Ratio ? null : ReportFigures.WeekOverWeekChangePercent(windowActual ?? 0m, previousActual ?? 0m),
            WindowTarget = windowTarget,
            WindowCompletionPercent = windowTarget is { } t ? ReportFigures.MonthCompletionRatePercent(windowActual ?? 0m, t) : null,
        };
    }

    // The goal's share of the whole week or month by its day weights: what the engine's time split would give that window.
    private static decimal WindowTarget(GoalRow goal, ProgressEvaluator evaluator, ReportWindow window, int precision)
    {
        var before = evaluator.ElapsedShare(goal.Period, window.FullStart.AddDays(-1));
        var through = evaluator.ElapsedShare(goal.Period, window.FullEnd);
        return Allocator.RoundTo(goal.Target * (through - before), precision);
    }

    private static ProgressEvaluator Evaluator(GoalRow goal, ReportDataSet data)
    {
        // The goal's threshold, else the settings row's, else the environment variable's: as the plug-ins resolve it.
        var threshold = PaceSettingsResolver.AtRiskThreshold(goal.AtRiskThreshold, data.DefaultAtRiskThreshold, () => data.EnvironmentAtRiskThreshold);
        return new ProgressEvaluator(data.Weights[goal.Id], PaceSettingsResolver.Options(threshold));
    }

    private static Dictionary<Guid, WindowTotals> RollUp(GoalTree tree, IReadOnlyList<ContributionRow> contributions, LocalDate asOf, ReportWindow window)
    {
        var postOrder = tree.PostOrder();
        var totals = postOrder.ToDictionary(g => g.Id, _ => new WindowTotals());
        foreach (var row in contributions)
        {
            if (!totals.TryGetValue(row.GoalId, out var own) || row.SourceDate > asOf)
            {
                continue;
            }

            own.ToDate += row.Parts;
            if (row.SourceDate is { } date && date >= window.Start && date <= window.End)
            {
                own.Window += row.Parts;
            }

            if (row.SourceDate is { } previous && previous >= window.PreviousStart && previous <= window.PreviousEnd)
            {
                own.Previous += row.Parts;
            }
        }

        foreach (var goal in postOrder)
        {
            if (goal.ParentId is { } parent && totals.TryGetValue(parent, out var parentTotals))
            {
                parentTotals.Add(totals[goal.Id]);
            }
        }

        return totals;
    }

    private static IReadOnlyList<PaceSeries> Pace(IReadOnlyList<ReportLine> lines, GoalTree tree, ReportDataSet data, LocalDate asOf)
    {
        var chosen = lines.Where(l => l.Level == GoalLevel.Team).ToList();
        chosen.InsertRange(0, lines.Where(l => l.Level == GoalLevel.Company && l.Depth == 0));
        if (chosen.Count == 0)
        {
            chosen = lines.Where(l => l.Depth == 0).ToList();
        }

        var goals = data.Goals.ToDictionary(g => g.Id);
        var byGoal = data.Contributions.ToLookup(c => c.GoalId);
        return chosen.Take(MaxPaceSeries).Select(line => Series(line, goals[line.GoalId], tree, data, byGoal, asOf)).ToList();
    }

    private static PaceSeries Series(ReportLine line, GoalRow goal, GoalTree tree, ReportDataSet data, ILookup<Guid, ContributionRow> byGoal, LocalDate asOf)
    {
        var subtree = new List<Guid>();
        var stack = new Stack<Guid>([goal.Id]);
        while (stack.Count > 0)
        {
            var id = stack.Pop();
            subtree.Add(id);
            foreach (var child in tree.ChildrenOf(id))
            {
                stack.Push(child.Id);
            }
        }

        var rows = subtree.SelectMany(id => byGoal[id]).ToList();
        var undated = rows.Where(r => r.SourceDate is null).Aggregate(MetricTotals.Zero, (sum, r) => sum + r.Parts);
        var daily = rows.Where(r => r.SourceDate is not null).GroupBy(r => r.SourceDate!.Value).ToDictionary(g => g.Key, g => g.Aggregate(MetricTotals.Zero, (sum, r) => sum + r.Parts));
        var evaluator = Evaluator(goal, data);
        var kind = goal.MetricCode is { } code && MetricPresets.TryGet(code, out var metric) ? metric.Kind : MetricKind.Amount;
        var running = undated + daily.Where(d => d.Key < goal.Start).Aggregate(MetricTotals.Zero, (sum, d) => sum + d.Value);
        var points = new List<PacePoint>(goal.Period.DayCount);
        for (var day = goal.Start; day <= goal.End; day = day.AddDays(1))
        {
            if (daily.TryGetValue(day, out var added))
            {
                running += added;
            }

            var expected = Allocator.RoundTo(evaluator.ElapsedShare(goal.Period, day) * 100m, 2);
            decimal? actual = day <= asOf && running.ValueFor(kind) is { } value ? Allocator.RoundTo(value / goal.Target * 100m, 2) : null;
            points.Add(new PacePoint(day, expected, actual));
        }

        return new PaceSeries(line.Level == GoalLevel.Team ? TeamLabel(line) : line.GoalName, goal.Period, points);
    }

    // A team may have a goal under each product line or region split: its name alone would not tell them apart.
    private static string TeamLabel(ReportLine line) =>
        string.Join(" · ", new[] { line.Assignee, line.ProductLine, line.Region }.Where(t => !string.IsNullOrEmpty(t)));
}
