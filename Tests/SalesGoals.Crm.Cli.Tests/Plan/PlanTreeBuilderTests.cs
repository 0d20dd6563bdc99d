using System.Linq;
using System.Text.Json.Nodes;
using SalesGoals.Crm.Cli.Plan.Building;
using SalesGoals.Crm.Cli.Plan.Reading;

namespace SalesGoals.Crm.Cli.Tests.Plan;

[TestClass]
public sealed class PlanTreeBuilderTests
{
    private static PlanTree Build(string json)
    {
        var read = PlanParser.Parse(JsonNode.Parse(json));
        Assert.IsEmpty(read.Problems, string.Join("; ", read.Problems.Select(p => p.Render(Localization.CliLanguage.English))));
        return PlanTreeBuilder.Build(read.Plan!, new PreviewDirectory());
    }

    [TestMethod]
    public void Build_RepsByCapacity_SplitsAsWorkedExampleE2()
    {
        // goals.md E2: 500,000 over reps with capacity 2, 1.5, 1, 1, 0.5.
        var tree = Build("""
            {"name":"E2","metric":"won-revenue","currency":"CNY","year":2026,"target":500000,"depth":"year",
             "teams":[{"name":"T","reps":[{"user":"a@x.com","capacity":2},{"user":"b@x.com","capacity":1.5},{"user":"c@x.com","capacity":1},
                                          {"user":"d@x.com","capacity":1},{"user":"e@x.com","capacity":0.5}]}]}
            """);

        var reps = tree.All.Where(n => n.Kind == PlanNodeKind.Rep).Select(n => n.Goal.Target).ToArray();

        CollectionAssert.AreEqual(new[] { 166666.67m, 125000.00m, 83333.33m, 83333.33m, 41666.67m }, reps);
    }

    [TestMethod]
    public void Build_SeasonalityToMonths_QuartersAndMonthsAsWorkedExampleE5()
    {
        // goals.md E5: 12,000,000 with monthly weights 0.6 0.5 1.2 1.3 1.3 1.0 0.9 0.9 1.1 1.1 1.0 1.1.
        var tree = Build("""
            {"name":"E5","metric":"won-revenue","currency":"CNY","year":2026,"target":12000000,"depth":"month",
             "seasonality":{"name":"s","weights":[0.6,0.5,1.2,1.3,1.3,1.0,0.9,0.9,1.1,1.1,1.0,1.1]},
             "teams":[{"name":"T","reps":[{"user":"a@x.com"}]}]}
            """);

        var quarters = tree.All.Where(n => n.Goal.PeriodType == GoalEngine.Time.PeriodType.Quarter).Select(n => n.Goal.Target).ToArray();
        var months = tree.All.Where(n => n.Goal.PeriodType == GoalEngine.Time.PeriodType.Month).Select(n => n.Goal.Target).ToArray();

        CollectionAssert.AreEqual(new[] { 2300000m, 3600000m, 2900000m, 3200000m }, quarters);
        CollectionAssert.AreEqual(new[] { 600000m, 500000m, 1200000m, 1300000m, 1300000m, 1000000m, 900000m, 900000m, 1100000m, 1100000m, 1000000m, 1100000m }, months);
        Assert.IsEmpty(PlanTotals.Check(tree));
    }

    [TestMethod]
    public void Build_NewHireWithRamp_CarriesLessThanCapacityAlone()
    {
        var tree = Build("""
            {"name":"R","metric":"won-deal-count","currency":"CNY","year":2026,"target":100,"depth":"quarter","ramp":[0.25,0.5,0.75],
             "teams":[{"name":"T","reps":[{"user":"a@x.com","capacity":1},{"user":"b@x.com","capacity":1,"hireDate":"2026-04-01"}]}]}
            """);

        var reps = tree.All.Where(n => n.Kind == PlanNodeKind.Rep).ToList();
        var newHireQuarters = reps[1].Children.Select(q => q.Label).ToArray();

        Assert.IsGreaterThan(reps[1].Goal.Target, reps[0].Goal.Target);
        CollectionAssert.AreEqual(new[] { "2026-Q2", "2026-Q3", "2026-Q4" }, newHireQuarters, "no quota (no goal) before the hire date");
        Assert.AreEqual(reps[1].Goal.Target, reps[1].Children.Sum(q => q.Goal.Target));
        Assert.AreEqual(100m, reps.Sum(r => r.Goal.Target));
        Assert.IsTrue(tree.All.All(n => n.Goal.Target == decimal.Truncate(n.Goal.Target)), "a count metric splits into whole numbers");
    }
    [TestMethod]
    [DataRow(2026, "2026-08-31")]
    [DataRow(2026, "2026-11-30")]
    [DataRow(2027, "2027-05-31")]
    public void Build_DepthDayWithOneDayWeekAtMonthEnd_EveryScopeOnceAndTheDayCarried(int year, string oneDayWeek)
    {
        // The month ends on a Monday: its last week is cut to that one day. A Day child of it would have its parent's
        // period, so the same scope (assignee, metric, period, dimensions) twice, which the goal plug-ins refuse.
        var tree = Build($$"""
            {"name":"D","metric":"won-revenue","currency":"CNY","year":{{year}},"target":1000000,"depth":"day","manager":"boss@x.com",
             "teams":[{"name":"T","reps":[{"user":"a@x.com"}]}]}
            """);

        var scopes = tree.All.Select(n => (n.Goal.Assignee, n.Goal.PeriodStart, n.Goal.PeriodEnd, n.Goal.Dimensions)).ToList();
        var week = tree.All.Single(n => n.Goal.PeriodType == GoalEngine.Time.PeriodType.Week && n.Goal.PeriodStart.ToString() == oneDayWeek);

        Assert.HasCount(scopes.Count, scopes.Distinct(), "no goal repeats another's scope");
        Assert.AreEqual(week.Goal.PeriodStart, week.Goal.PeriodEnd, "the week is that one day");
        Assert.IsGreaterThan(0m, week.Goal.Target, "the day still carries its share, on the one-day week");
        Assert.IsEmpty(PlanTotals.Check(tree));
    }
}
