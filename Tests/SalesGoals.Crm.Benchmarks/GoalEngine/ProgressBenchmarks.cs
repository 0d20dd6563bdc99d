using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using SalesGoals.Crm.GoalEngine.Calendars;
using SalesGoals.Crm.GoalEngine.Progress;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.Benchmarks.GoalEngine;

/// <summary>
/// Progress of 100,000 goals as of one date. The period type is a parameter to show that a
/// one-week goal and a one-year goal cost the same (cumulative day weights are cached).
/// </summary>
[MemoryDiagnoser]
public class ProgressBenchmarks
{
    private const int Goals = 100_000;

    private readonly LocalDate _asOf = new(2026, 5, 13);
    private ProgressEvaluator _evaluator = null!;
    private ProgressInput[] _inputs = null!;

    [Params(PeriodType.Week, PeriodType.Month, PeriodType.Year)]
    public PeriodType Period { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var weights = DayWeights.For(
            WorkingCalendar.MondayToFriday,
            new SeasonalityProfile("bench", new[] { 0.6m, 0.5m, 1.2m, 1.3m, 1.3m, 1.0m, 0.9m, 0.9m, 1.1m, 1.1m, 1.0m, 1.1m }));
        weights.Prepare(2025, 2027);
        _evaluator = new ProgressEvaluator(weights);
        var period = FiscalCalendar.Gregorian.PeriodContaining(Period, _asOf);
        _inputs = Enumerable.Range(0, Goals).Select(i => new ProgressInput
        {
            Period = period,
            Target = 100_000m + i,
            Base = 80_000m,
            Stretch = 120_000m,
            Actual = i % 97 * 1_000m,
            AsOf = _asOf,
            WeightedPipeline = i % 13 * 500m,
        }).ToArray();
    }

    [Benchmark(OperationsPerInvoke = Goals)]
    public int EvaluateProgress()
    {
        var atRisk = 0;
        foreach (var input in _inputs)
        {
            if (_evaluator.Evaluate(input).Status == ProgressStatus.AtRisk)
            {
                atRisk++;
            }
        }

        return atRisk;
    }

    [Benchmark(OperationsPerInvoke = Goals)]
    public decimal ExpectedToDateOnly()
    {
        var sum = 0m;
        foreach (var input in _inputs)
        {
            sum += _evaluator.ExpectedToDate(input.Period, input.Target, input.AsOf, 2);
        }

        return sum;
    }
}
