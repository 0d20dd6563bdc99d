using System;
using SalesGoals.Crm.GoalEngine.Progress;
using SalesGoals.Crm.GoalEngine.Time;
using static SalesGoals.Crm.GoalEngine.Tests.Builders.Dates;

namespace SalesGoals.Crm.GoalEngine.Tests.Progress;

[TestClass]
public class ReportFiguresTests
{
    [TestMethod]
    [DataRow(120_000, 100_000, 20.0)]
    [DataRow(80_000, 100_000, -20.0)]
    [DataRow(100_000, 30_000, 233.33)]
    public void WeekOverWeekChangePercent_TwoWeeks_IsRelativeChange(double thisWeek, double lastWeek, double expected)
    {
        Assert.AreEqual((decimal)expected, ReportFigures.WeekOverWeekChangePercent((decimal)thisWeek, (decimal)lastWeek));
    }

    [TestMethod]
    public void WeekOverWeekChangePercent_EmptyLastWeek_IsNull()
    {
        Assert.IsNull(ReportFigures.WeekOverWeekChangePercent(5m, 0m));
    }

    [TestMethod]
    public void MonthCompletionRatePercent_HalfDone_IsFifty()
    {
        Assert.AreEqual(50m, ReportFigures.MonthCompletionRatePercent(250_000m, 500_000m));
        Assert.IsNull(ReportFigures.MonthCompletionRatePercent(1m, 0m));
    }

    [TestMethod]
    public void Pipeline_TopTwoInPeriod_RankedByValueTimesProbability()
    {
        var march = FiscalCalendar.Month(2026, 3);
        var records = new[]
        {
            new OpenRecord(Guid.NewGuid(), "Big but unlikely", 1_000_000m, 10m, D("2026-03-20")),
            new OpenRecord(Guid.NewGuid(), "Solid", 300_000m, 60m, D("2026-03-25")),
            new OpenRecord(Guid.NewGuid(), "Next month", 900_000m, 90m, D("2026-04-02")),
            new OpenRecord(Guid.NewGuid(), "Small sure", 150_000m, 90m, D("2026-03-10")),
        };

        var top = Pipeline.Top(records, march, 2);

        CollectionAssert.AreEqual(new[] { "Solid", "Small sure" }, new[] { top[0].Name, top[1].Name });
        Assert.AreEqual(415_000m, Pipeline.WeightedValue(records, march));
    }
}
