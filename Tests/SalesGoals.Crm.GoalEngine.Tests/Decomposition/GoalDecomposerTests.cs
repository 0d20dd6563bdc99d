using System;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Calendars;
using SalesGoals.Crm.GoalEngine.Decomposition;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Tests.Builders;
using SalesGoals.Crm.GoalEngine.Time;
using static SalesGoals.Crm.GoalEngine.Tests.Builders.Dates;

namespace SalesGoals.Crm.GoalEngine.Tests.Decomposition;

[TestClass]
public class GoalDecomposerTests
{
    private static readonly FiscalCalendar Fiscal = FiscalCalendar.Gregorian;

    [TestMethod]
    public void ByDimension_E1AnnualByProductLine_SplitsTargetAndKeepsScope()
    {
        var parent = GoalBuilder.AGoal().WithTarget(100_000_000m).Build();
        var shares = new[] { new DimensionShare("PL-A", 40m), new DimensionShare("PL-B", 50m), new DimensionShare("PL-C", 10m) };

        var children = GoalDecomposer.ByDimension(parent, DimensionKind.ProductLine, shares);

        CollectionAssert.AreEqual(new[] { 40_000_000.00m, 50_000_000.00m, 10_000_000.00m }, children.Select(c => c.Target).ToArray());
        CollectionAssert.AreEqual(new[] { "PL-A", "PL-B", "PL-C" }, children.Select(c => c.Dimensions.ProductLine).ToArray());
        Assert.IsTrue(children.All(c => c.ParentId == parent.Id && c.Assignee == parent.Assignee && c.Period == parent.Period && c.State == GoalState.Draft));
    }

    [TestMethod]
    public void ByAssignee_E2TeamMonthByCapacity_MatchesWorkedExample()
    {
        var parent = GoalBuilder.AGoal().WithPeriod(FiscalCalendar.Month(2026, 3)).WithTarget(500_000m).Build();
        var capacities = new[] { 2m, 1.5m, 1m, 1m, 0.5m };
        var shares = capacities.Select(c => new AssigneeShare(Assignee.User(Guid.NewGuid()), c)).ToArray();

        var children = GoalDecomposer.ByAssignee(parent, shares);

        CollectionAssert.AreEqual(new[] { 166_666.67m, 125_000.00m, 83_333.33m, 83_333.33m, 41_666.67m }, children.Select(c => c.Target).ToArray());
        Assert.AreEqual(500_000.00m, children.Sum(c => c.Target));
        CollectionAssert.AreEqual(shares.Select(s => (Assignee?)s.Assignee).ToArray(), children.Select(c => c.Assignee).ToArray());
    }

    [TestMethod]
    public void ByAssignee_E3NewCustomerCount_SplitsToWholeNumbers()
    {
        var parent = GoalBuilder.AGoal().WithMetric("new-customers").WithPrecision(0).WithTarget(10m).Build();
        var shares = new[] { 2m, 1m, 1m }.Select(c => new AssigneeShare(Assignee.User(Guid.NewGuid()), c)).ToArray();

        var children = GoalDecomposer.ByAssignee(parent, shares);

        CollectionAssert.AreEqual(new[] { 5m, 3m, 2m }, children.Select(c => c.Target).ToArray());
    }

    [TestMethod]
    public void ByAssignee_NewHireWithStandardRampInQuarter_CarriesHalfAFullShare()
    {
        var parent = GoalBuilder.AGoal().WithPeriod(Fiscal.Quarter(2026, 1)).WithPrecision(0).WithTarget(3000m).Build();
        var veteran = new AssigneeShare(Assignee.User(Guid.NewGuid()), 1m);
        var newHire = new AssigneeShare(Assignee.User(Guid.NewGuid()), 1m, D("2026-01-05"));

        var children = GoalDecomposer.ByAssignee(parent, new[] { veteran, newHire }, RampSchedule.Standard);

        CollectionAssert.AreEqual(new[] { 2000m, 1000m }, children.Select(c => c.Target).ToArray());
    }

    [TestMethod]
    public void ByAssignee_DisplayNames_NameChildrenAfterParentAndAssignee()
    {
        var parent = GoalBuilder.AGoal().Build() with { Name = "East 2026" };
        var shares = new[] { new AssigneeShare(Assignee.User(Guid.NewGuid())) { DisplayName = "李雷" }, new AssigneeShare(Assignee.User(Guid.NewGuid())) { DisplayName = "Han Meimei" } };

        var children = GoalDecomposer.ByAssignee(parent, shares);

        CollectionAssert.AreEqual(new[] { "East 2026 / 李雷", "East 2026 / Han Meimei" }, children.Select(c => c.Name).ToArray());
    }

    [TestMethod]
    public void ByTime_E4WeekIntoDaysOnMondayToFriday_TwoPerWeekdayNoneAtWeekend()
    {
        var parent = GoalBuilder.AGoal().WithMetric("new-customers").WithPrecision(0).WithTarget(10m)
            .WithPeriod(FiscalCalendar.Week(2026, 10)).Build();

        var children = GoalDecomposer.ByTime(parent, PeriodType.Day, Fiscal, DayWeights.For(WorkingCalendar.MondayToFriday));

        Assert.AreEqual(D("2026-03-02"), parent.Period!.Value.Start);
        CollectionAssert.AreEqual(new[] { 2m, 2m, 2m, 2m, 2m, 0m, 0m }, children.Select(c => c.Target).ToArray());
        CollectionAssert.AreEqual(
            new[] { D("2026-03-02"), D("2026-03-03"), D("2026-03-04"), D("2026-03-05"), D("2026-03-06"), D("2026-03-07"), D("2026-03-08") },
            children.Select(c => c.Period!.Value.Start).ToArray());
    }

    [TestMethod]
    public void ByTime_E5YearIntoMonthsWithSeasonality_WeightTimesOneMillion()
    {
        var parent = GoalBuilder.AGoal().WithTarget(12_000_000m).Build();

        var months = GoalDecomposer.ByTime(parent, PeriodType.Month, Fiscal, DayWeights.For(WorkingCalendar.MondayToFriday, Examples.E5Profile));

        CollectionAssert.AreEqual(Examples.E5Weights.Select(w => w * 1_000_000m).ToArray(), months.Select(m => m.Target).ToArray());
        Assert.AreEqual(600_000m, months[0].Target);
        Assert.AreEqual(1_100_000m, months[11].Target);
    }

    [TestMethod]
    public void ByTime_E5YearIntoQuarters_MatchesWorkedExample()
    {
        var parent = GoalBuilder.AGoal().WithTarget(12_000_000m).Build();

        var quarters = GoalDecomposer.ByTime(parent, PeriodType.Quarter, Fiscal, DayWeights.For(WorkingCalendar.MondayToFriday, Examples.E5Profile));

        CollectionAssert.AreEqual(new[] { 2_300_000m, 3_600_000m, 2_900_000m, 3_200_000m }, quarters.Select(q => q.Target).ToArray());
        Assert.IsTrue(quarters.All(q => q.Period!.Value.Type == PeriodType.Quarter));
    }

    [TestMethod]
    public void ByTime_E5WithChineseHolidayCalendar_MonthsStillFollowSeasonalityOnly()
    {
        var spring = Enumerable.Range(16, 5).Select(d => new LocalDate(2026, 2, d)).ToArray();
        var calendar = new WorkingCalendar("cn-2026", new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }, spring, new[] { D("2026-02-14"), D("2026-02-28") });
        var parent = GoalBuilder.AGoal().WithTarget(12_000_000m).Build();

        var months = GoalDecomposer.ByTime(parent, PeriodType.Month, Fiscal, DayWeights.For(calendar, Examples.E5Profile));

        CollectionAssert.AreEqual(Examples.E5Weights.Select(w => w * 1_000_000m).ToArray(), months.Select(m => m.Target).ToArray());
    }

    [TestMethod]
    public void ByTime_AprilFiscalYearIntoQuarters_QuartersFollowFiscalStart()
    {
        var fiscal = new FiscalCalendar(4);
        var parent = GoalBuilder.AGoal().WithPeriod(fiscal.Year(2026)).WithTarget(12_000_000m).Build();

        var quarters = GoalDecomposer.ByTime(parent, PeriodType.Quarter, fiscal, DayWeights.For(WorkingCalendar.MondayToFriday, Examples.E5Profile));

        // Apr–Jun 3.6 M, Jul–Sep 2.9 M, Oct–Dec 3.2 M, Jan–Mar (2027) 2.3 M.
        CollectionAssert.AreEqual(new[] { 3_600_000m, 2_900_000m, 3_200_000m, 2_300_000m }, quarters.Select(q => q.Target).ToArray());
        Assert.AreEqual(D("2027-01-01"), quarters[3].Period!.Value.Start);
    }

    [TestMethod]
    public void ByTime_TiersSplitWithSameWeights_KeepOrderAndSumToParent()
    {
        var parent = GoalBuilder.AGoal().WithTiers(10_000_000m, 12_000_000m, 13_000_000.01m).Build();

        var months = GoalDecomposer.ByTime(parent, PeriodType.Month, Fiscal, DayWeights.For(WorkingCalendar.MondayToFriday, Examples.E5Profile));

        Assert.AreEqual(10_000_000m, months.Sum(m => m.Base!.Value));
        Assert.AreEqual(13_000_000.01m, months.Sum(m => m.Stretch!.Value));
        Assert.IsTrue(months.All(m => m.Base <= m.Target && m.Target <= m.Stretch));
    }

    [TestMethod]
    public void ByTime_MonthIntoWeeks_ClipsBoundaryWeeksAndSumsToMonth()
    {
        var parent = GoalBuilder.AGoal().WithPeriod(FiscalCalendar.Month(2026, 3)).WithTarget(220_000m).Build();

        var weeks = GoalDecomposer.ByTime(parent, PeriodType.Week, Fiscal, DayWeights.For(WorkingCalendar.MondayToFriday));

        // March 2026: Sun 1 (clipped week, no working day), four full weeks, then Mon 30–Tue 31; 22 working days.
        CollectionAssert.AreEqual(new[] { 0m, 50_000m, 50_000m, 50_000m, 50_000m, 20_000m }, weeks.Select(w => w.Target).ToArray());
        Assert.AreEqual(new Period(PeriodType.Week, D("2026-03-01"), D("2026-03-01")), weeks[0].Period);
        Assert.AreEqual(new Period(PeriodType.Week, D("2026-03-30"), D("2026-03-31")), weeks[5].Period);
    }

    [TestMethod]
    public void ByTime_HolidayWeekWithoutWorkingDays_FallsBackToCalendarDays()
    {
        var allHoliday = Enumerable.Range(0, 7).Select(i => D("2026-10-05").AddDays(i)).ToArray();
        var calendar = new WorkingCalendar("golden-week", new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }, allHoliday);
        var parent = GoalBuilder.AGoal().WithPrecision(0).WithTarget(7m).WithPeriod(FiscalCalendar.Week(2026, 41)).Build();

        var days = GoalDecomposer.ByTime(parent, PeriodType.Day, Fiscal, DayWeights.For(calendar));

        Assert.IsTrue(days.All(d => d.Target == 1m));
    }

    [TestMethod]
    public void ByTime_CoarserChildType_ThrowsClearError()
    {
        var parent = GoalBuilder.AGoal().WithPeriod(FiscalCalendar.Month(2026, 3)).Build();

        var error = Assert.ThrowsExactly<ArgumentException>(() =>
            GoalDecomposer.ByTime(parent, PeriodType.Quarter, Fiscal, DayWeights.For(WorkingCalendar.MondayToFriday)));

        StringAssert.Contains(error.Message, "finer");
    }

    [TestMethod]
    public void ByDimension_DuplicateValues_ThrowsClearError()
    {
        var parent = GoalBuilder.AGoal().Build();

        Assert.ThrowsExactly<ArgumentException>(() =>
            GoalDecomposer.ByDimension(parent, DimensionKind.Region, new[] { new DimensionShare("East", 1m), new DimensionShare("east", 1m) }));
    }
}
