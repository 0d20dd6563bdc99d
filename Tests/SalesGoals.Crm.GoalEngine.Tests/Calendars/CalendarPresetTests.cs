using System;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Calendars;
using SalesGoals.Crm.GoalEngine.Time;
using static SalesGoals.Crm.GoalEngine.Tests.Builders.Dates;

namespace SalesGoals.Crm.GoalEngine.Tests.Calendars;

/// <summary>
/// The built-in calendars and the flat profile as an organization picks them (ids, working days),
/// a profile's months in order, and one shared day-weight table per calendar and profile.
/// </summary>
[TestClass]
public class CalendarPresetTests
{
    [TestMethod]
    [DataRow("mon-fri", "2026-03-02", 5)]
    [DataRow("every-day", "2026-03-02", 7)]
    public void BuiltInCalendar_Id_WorkingDaysOfAWeek(string id, string monday, int workingDays)
    {
        var calendar = id == "mon-fri" ? WorkingCalendar.MondayToFriday : WorkingCalendar.EveryDay;
        var week = new Period(PeriodType.Week, D(monday), D(monday).AddDays(6));

        Assert.AreEqual(id, calendar.Id);
        Assert.AreEqual(workingDays, calendar.WorkingDaysIn(week));
        Assert.IsEmpty(calendar.Holidays);
        Assert.IsEmpty(calendar.ExtraWorkingDays);
    }

    [TestMethod]
    [DataRow(DayOfWeek.Monday, true)]
    [DataRow(DayOfWeek.Friday, true)]
    [DataRow(DayOfWeek.Saturday, false)]
    [DataRow(DayOfWeek.Sunday, false)]
    public void MondayToFriday_EachWeekday_WorkingOnlyOnWeekdays(DayOfWeek day, bool working)
    {
        var date = IsoWeek.MondayOf(D("2026-03-04")).AddDays(((int)day + 6) % 7);

        Assert.AreEqual(day, date.DayOfWeek);
        Assert.AreEqual(working, WorkingCalendar.MondayToFriday.IsWorkingDay(date));
        Assert.IsTrue(WorkingCalendar.EveryDay.IsWorkingDay(date));
    }

    [TestMethod]
    public void Flat_Profile_IdFlatAndWeightOneEveryMonth()
    {
        Assert.AreEqual("flat", SeasonalityProfile.Flat.Id);
        CollectionAssert.AreEqual(Enumerable.Repeat(1m, 12).ToArray(), SeasonalityProfile.Flat.Weights.ToArray());
    }

    [TestMethod]
    [DataRow(1, 0.6)]
    [DataRow(3, 1.2)]
    [DataRow(12, 1.1)]
    public void WeightOf_Month_ThatMonthsWeight(int month, double weight)
    {
        Assert.AreEqual((decimal)weight, Builders.Examples.E5Profile.WeightOf(month));
        Assert.AreEqual("e5-building-materials", Builders.Examples.E5Profile.Id);
    }

    [TestMethod]
    public void For_CalendarAndProfile_OneSharedInstanceEachRemembersBoth()
    {
        var calendar = new WorkingCalendar("shared", new[] { DayOfWeek.Monday });
        var profile = Builders.Examples.E5Profile;

        var flat = DayWeights.For(calendar);
        var seasonal = DayWeights.For(calendar, profile);

        Assert.AreSame(flat, DayWeights.For(calendar, SeasonalityProfile.Flat));
        Assert.AreSame(seasonal, DayWeights.For(calendar, profile));
        Assert.AreNotSame(flat, seasonal);
        Assert.AreNotSame(flat, DayWeights.For(WorkingCalendar.MondayToFriday));
        Assert.AreSame(calendar, seasonal.Calendar);
        Assert.AreSame(profile, seasonal.Profile);
        Assert.AreSame(SeasonalityProfile.Flat, flat.Profile);
    }

    [TestMethod]
    public void DayWeights_OnlyMondaysWork_EachMondayCarriesItsMonthsShare()
    {
        var weights = DayWeights.For(new WorkingCalendar("mondays", new[] { DayOfWeek.Monday }), Builders.Examples.E5Profile);

        // March 2026 has five Mondays (2, 9, 16, 23, 30) sharing March's weight 1.2.
        Assert.AreEqual(1.2m / 5m, weights.DayWeight(D("2026-03-02")));
        Assert.AreEqual(0m, weights.DayWeight(D("2026-03-03")));
        Assert.AreEqual(1.2m / 5m * 2m, weights.WeightBetween(D("2026-03-01"), D("2026-03-09")));
        Assert.AreEqual(1.2m, weights.WeightBetween(D("2026-03-02"), D("2026-03-30")));
        Assert.IsTrue(weights.IsWorkingDay(D("2026-03-30")));
        Assert.IsFalse(weights.IsWorkingDay(D("2026-03-31")));
    }
}
