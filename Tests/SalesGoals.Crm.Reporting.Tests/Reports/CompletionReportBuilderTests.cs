using System.Linq;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Progress;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Reporting.Reports;
using SalesGoals.Crm.Reporting.Tests.Support;

namespace SalesGoals.Crm.Reporting.Tests.Reports;

[TestClass]
public sealed class CompletionReportBuilderTests
{
    private static readonly LocalDate Feb15 = new(2026, 2, 15);

    [TestMethod]
    [DataRow(650_000.0, 28.26, 23.53, ProgressStatus.AtRisk, DisplayName = "E7")]
    [DataRow(700_000.0, 30.43, 17.65, ProgressStatus.Behind, DisplayName = "E8")]
    public void Build_E6Goal_FiguresOfTheWorkedExamples(double won, double attainment, double gap, ProgressStatus status)
    {
        var data = new ReportData();
        var rep = data.Person("Li Na");
        var goal = data.Goal("Q1 2026", 2_300_000m, user: rep);
        data.Won(goal, (decimal)won - 100_000m, new LocalDate(2026, 1, 20)).Won(goal, 100_000m, new LocalDate(2026, 2, 10));

        var report = CompletionReportBuilder.Build(data.Build(), new ReportRequest(ReportKind.Weekly, Feb15));

        var line = report.Lines.Single();
        Assert.AreEqual(850_000.00m, line.ExpectedToDate);
        Assert.AreEqual((decimal)won, line.Actual);
        Assert.AreEqual((decimal)attainment, line.AttainmentPercent);
        Assert.AreEqual((decimal)gap, line.PaceGapPercent);
        Assert.AreEqual(status, line.Status);
        Assert.AreEqual("Li Na", line.Assignee);
        CollectionAssert.AreEqual(new[] { goal }, report.BehindPace.Select(l => l.GoalId).ToArray());
    }

    [TestMethod]
    [DataRow(450_000.0, Tier.Base)]
    [DataRow(520_000.0, Tier.Target)]
    [DataRow(610_000.0, Tier.Stretch)]
    public void Build_E9Tiers_TierReachedByTheActual(double won, Tier expected)
    {
        var data = new ReportData();
        var goal = data.Goal("Q1", 500_000m, user: data.Person("Wang Fang"), baseValue: 400_000m, stretch: 600_000m);
        data.Won(goal, (decimal)won, new LocalDate(2026, 1, 5));

        var line = CompletionReportBuilder.Build(data.Build(), new ReportRequest(ReportKind.Monthly, Feb15)).Lines.Single();

        Assert.AreEqual(expected, line.Tier);
    }

    [TestMethod]
    public void Build_DealsAfterTheReportDate_AreNotCounted()
    {
        var data = new ReportData();
        var goal = data.Goal("Q1", 2_300_000m, user: data.Person("Li Na"));
        data.Won(goal, 650_000m, new LocalDate(2026, 2, 13)).Won(goal, 900_000m, new LocalDate(2026, 2, 16));

        var line = CompletionReportBuilder.Build(data.Build(), new ReportRequest(ReportKind.Weekly, Feb15)).Lines.Single();

        Assert.AreEqual(650_000m, line.Actual);
    }

    [TestMethod]
    public void Build_Weekly_ThisWeekAgainstLastWeeksSameDays()
    {
        // As of Wed 11 Feb 2026: this week is Mon 9 – Wed 11, last week's same days Mon 2 – Wed 4 (Thu 5 is not compared).
        var data = new ReportData();
        var goal = data.Goal("Q1", 2_300_000m, user: data.Person("Li Na"));
        data.Won(goal, 100_000m, new LocalDate(2026, 2, 2)).Won(goal, 999m, new LocalDate(2026, 2, 5))
            .Won(goal, 150_000m, new LocalDate(2026, 2, 9)).Won(goal, 30_000m, new LocalDate(2026, 2, 11));

        var line = CompletionReportBuilder.Build(data.Build(), new ReportRequest(ReportKind.Weekly, new LocalDate(2026, 2, 11))).Lines.Single();

        Assert.AreEqual(180_000m, line.WindowActual);
        Assert.AreEqual(100_000m, line.PreviousWindowActual);
        Assert.AreEqual(80.00m, line.ChangePercent);
    }

    [TestMethod]
    public void Build_Monthly_MonthTargetIsTheGoalsSeasonalShareAndCompletionRateFollows()
    {
        // E5/E6: February's weight is 0.5 of Q1's 2.3, so February's share of 2,300,000 is 500,000.
        var data = new ReportData();
        var goal = data.Goal("Q1", 2_300_000m, user: data.Person("Li Na"));
        data.Won(goal, 400_000m, new LocalDate(2026, 1, 12)).Won(goal, 50_000m, new LocalDate(2026, 1, 16)).Won(goal, 125_000m, new LocalDate(2026, 2, 3));

        var line = CompletionReportBuilder.Build(data.Build(), new ReportRequest(ReportKind.Monthly, Feb15)).Lines.Single();

        Assert.AreEqual(500_000.00m, line.WindowTarget);
        Assert.AreEqual(125_000m, line.WindowActual);
        Assert.AreEqual(25.00m, line.WindowCompletionPercent);
        Assert.AreEqual(400_000m, line.PreviousWindowActual, "January 1–15 (the 16th is not compared)");
        Assert.AreEqual(-68.75m, line.ChangePercent);
    }

    [TestMethod]
    public void Build_CompanyTeamsReps_LevelsAndRolledUpActuals()
    {
        var data = new ReportData();
        var company = data.Goal("Company Q1", 4_600_000m, user: data.Person("Zhang Wei"), split: SplitAxis.Assignee);
        var east = data.Goal("East Q1", 4_600_000m, team: data.Team("华东团队"), parent: company, split: SplitAxis.Assignee);
        var li = data.Goal("Li Na Q1", 2_300_000m, user: data.Person("Li Na"), parent: east);
        var wang = data.Goal("Wang Fang Q1", 2_300_000m, user: data.Person("Wang Fang"), parent: east);
        data.Won(li, 650_000m, new LocalDate(2026, 2, 2)).Won(wang, 700_000m, new LocalDate(2026, 2, 3));

        var report = CompletionReportBuilder.Build(data.Build(), new ReportRequest(ReportKind.Weekly, Feb15));

        CollectionAssert.AreEqual(new[] { company, east, li, wang }, report.Lines.Select(l => l.GoalId).ToArray(), "tree order");
        CollectionAssert.AreEqual(new[] { GoalLevel.Company, GoalLevel.Team, GoalLevel.Rep, GoalLevel.Rep }, report.Lines.Select(l => l.Level).ToArray());
        Assert.AreEqual(1_350_000m, report.Lines[0].Actual);
        Assert.AreEqual(1_700_000.00m, report.Lines[0].ExpectedToDate);
        Assert.AreEqual("华东团队", report.Lines[1].Assignee);
        CollectionAssert.AreEqual(new[] { company, east }, report.Pace.Select(s => report.Lines.Single(l => l.GoalName == s.Label || l.Assignee == s.Label).GoalId).ToArray(), "the company and its team are charted");
        Assert.AreEqual(li, report.BehindPace[0].GoalId, "the widest gap first");
    }

    [TestMethod]
    public void Build_LevelFilter_KeepsOnlyThatLevel()
    {
        var data = new ReportData();
        var company = data.Goal("Company Q1", 2_300_000m, user: data.Person("Zhang Wei"), split: SplitAxis.Assignee);
        data.Goal("Li Na Q1", 2_300_000m, user: data.Person("Li Na"), parent: company);

        var report = CompletionReportBuilder.Build(data.Build(), new ReportRequest(ReportKind.Weekly, Feb15) { Levels = [GoalLevel.Rep] });

        Assert.AreEqual("Li Na Q1", report.Lines.Single().GoalName);
    }

    [TestMethod]
    public void Build_PaceSeries_ExpectedFollowsSeasonalityAndActualStopsAtTheReportDate()
    {
        var data = new ReportData();
        var goal = data.Goal("Q1", 2_300_000m, user: data.Person("Zhang Wei"));
        data.Won(goal, 650_000m, new LocalDate(2026, 2, 2));

        var series = CompletionReportBuilder.Build(data.Build(), new ReportRequest(ReportKind.Weekly, Feb15)).Pace.Single();

        Assert.HasCount(90, series.Points);
        var feb15 = series.Points.Single(p => p.Date == Feb15);
        Assert.AreEqual(36.96m, feb15.ExpectedPercent, "850,000 / 2,300,000");
        Assert.AreEqual(28.26m, feb15.ActualPercent);
        Assert.IsNull(series.Points.Single(p => p.Date == Feb15.AddDays(1)).ActualPercent);
        Assert.AreEqual(100m, series.Points[^1].ExpectedPercent);
    }
}
