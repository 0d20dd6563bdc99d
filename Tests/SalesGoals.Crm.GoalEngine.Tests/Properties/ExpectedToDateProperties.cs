using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using SalesGoals.Crm.GoalEngine.Calendars;
using SalesGoals.Crm.GoalEngine.Progress;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.GoalEngine.Tests.Properties;

[TestClass]
public class ExpectedToDateProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(100);
    private static readonly LocalDate Origin = new(2025, 1, 1);

    private static Gen<ExpectedCase> Cases =>
        from weekdays in Gen.SubListOf(Enumerable.Range(0, 7).ToArray())
        from holidayOffsets in Gen.ListOf(Gen.Choose(0, 1100))
        from extraOffsets in Gen.ListOf(Gen.Choose(0, 1100))
        from monthWeights in Gen.ArrayOf(Gen.Choose(0, 30)).Where(w => w.Length == 12 && w.Any(x => x > 0))
        from startOffset in Gen.Choose(0, 700)
        from length in Gen.Choose(1, 400)
        from target in Gen.Choose(1, 50_000_000)
        from precision in Gen.Choose(0, 2)
        select new ExpectedCase(weekdays.ToArray(), holidayOffsets.ToArray(), extraOffsets.Except(holidayOffsets).ToArray(), monthWeights, startOffset, length, target, precision);

    [TestMethod]
    public void ExpectedToDate_AnyCalendarProfileAndPeriod_NonDecreasingZeroBeforeStartTargetAtEnd()
    {
        Check.One(Runs, Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var calendar = new WorkingCalendar(
                "random",
                c.Weekdays.Select(d => (DayOfWeek)d),
                c.Holidays.Select(o => Origin.AddDays(o)),
                c.ExtraWorkingDays.Select(o => Origin.AddDays(o)));
            var profile = new SeasonalityProfile("random", c.MonthWeights.Select(w => w / 10m));
            var evaluator = new ProgressEvaluator(DayWeights.For(calendar, profile));
            var start = Origin.AddDays(c.StartOffset);
            var period = FiscalCalendar.Custom(start, start.AddDays(c.Length - 1));

            var previous = evaluator.ExpectedToDate(period, c.Target, start.AddDays(-1), c.Precision);
            var nonDecreasing = true;
            for (var day = start; day <= period.End.AddDays(2); day = day.AddDays(1))
            {
                var expected = evaluator.ExpectedToDate(period, c.Target, day, c.Precision);
                nonDecreasing &= expected >= previous && expected <= c.Target;
                previous = expected;
            }

            return nonDecreasing
                && evaluator.ExpectedToDate(period, c.Target, start.AddDays(-1), c.Precision) == 0m
                && evaluator.ExpectedToDate(period, c.Target, period.End, c.Precision) == c.Target;
        }));
    }

    public sealed record ExpectedCase(int[] Weekdays, int[] Holidays, int[] ExtraWorkingDays, int[] MonthWeights, int StartOffset, int Length, decimal Target, int Precision)
    {
        public override string ToString() =>
            $"weekdays [{string.Join(",", Weekdays)}] holidays {Holidays.Length} extra {ExtraWorkingDays.Length} weights [{string.Join(",", MonthWeights)}] start +{StartOffset} length {Length} target {Target} p{Precision}";
    }
}
