using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.GoalEngine.Progress;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Reporting.Data;
using SalesGoals.Crm.Reporting.Reports;
using SalesGoals.Crm.Reporting.Tests.Support;

namespace SalesGoals.Crm.Reporting.Tests.EndToEnd;

/// <summary>Issue 12: an admin's environment variables (sg_AlertThreshold, sg_DefaultCalendar) change the goals' figures
/// in the plug-ins; the report, reading the same way, shows the same pace, status and expected-to-date.</summary>
[TestClass]
public sealed class EnvironmentVariableReportTests
{
    private static readonly LocalDate Feb15 = new(2026, 2, 15);

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [DataRow("0.25", null, false, ProgressStatus.Behind, DisplayName = "sg_AlertThreshold 0.25, no settings threshold: 23.53 % behind is only Behind")]
    [DataRow("0.10", 0.30, false, ProgressStatus.Behind, DisplayName = "settings row 0.30 wins over the environment's 0.10")]
    [DataRow(null, null, true, null, DisplayName = "sg_DefaultCalendar names the Spring Festival calendar: expected-to-date follows it")]
    public async Task Report_EnvironmentVariablesSet_EqualsTheGoalsFiguresTheyProduced(string? threshold, double? settingsThreshold, bool calendar, ProgressStatus? liNaStatus)
    {
        // Arrange: set before the goals are activated, as an admin does after import; then the E7 wins.
        await using var world = await DataverseWorld.StartAsync(w =>
        {
            if (threshold is not null)
            {
                SetVariable(w, "sg_AlertThreshold", threshold);
            }

            if (calendar)
            {
                SetVariable(w, "sg_DefaultCalendar", SpringFestivalCalendar(w));
            }

            // A settings row with a time zone only leaves threshold and calendar to the environment variables.
            w.Env.Seed.Row(new Entity(SgGoalSetting.LogicalName)
            {
                ["sg_name"] = "Goal settings",
                [SgGoalSetting.Fields.TimeZone] = "Asia/Shanghai",
                [SgGoalSetting.Fields.AtRiskThreshold] = settingsThreshold is { } s ? (decimal)s : null,
            });
        });
        world.Win(world.LiNa, "Tongji hospital", 550_000m, new DateTime(2026, 1, 20));
        world.Win(world.LiNa, "Pudong school", 100_000m, new DateTime(2026, 2, 10));
        world.Win(world.WangFang, "Hangzhou mall", 700_000m, new DateTime(2026, 2, 3));

        // Act
        var data = await new DataverseReportReader(world.Client).ReadAsync(new ReportRequest(ReportKind.Weekly, Feb15), TestContext.CancellationToken);
        var report = CompletionReportBuilder.Build(data, new ReportRequest(ReportKind.Weekly, Feb15));

        // Assert
        Assert.HasCount(3, report.Lines);
        foreach (var line in report.Lines)
        {
            var stored = world.Goal(line.GoalId);
            var reportedToDate = line.ExpectedToDate;
            Assert.AreEqual(stored.GetAttributeValue<decimal?>(SgGoal.Fields.ExpectedToDate), reportedToDate, line.GoalName);
            Assert.AreEqual(stored.GetAttributeValue<decimal?>(SgGoal.Fields.PaceGap), line.PaceGapPercent, line.GoalName);
            Assert.AreEqual(stored.GetAttributeValue<OptionSetValue>(SgGoal.Fields.PaceStatus).Value - 100_000_000, (int?)line.Status, line.GoalName);
            Assert.AreEqual(stored.GetAttributeValue<OptionSetValue>(SgGoal.Fields.Tier).Value - 100_000_000, (int?)line.Tier, line.GoalName);
        }

        var li = report.Lines.Single(l => l.GoalId == world.LiNaGoal);
        if (liNaStatus is { } status)
        {
            Assert.AreEqual(status, li.Status);
            Assert.IsFalse(report.BehindPace.Any(l => l.GoalId == world.LiNaGoal && l.Status == ProgressStatus.AtRisk), "not flagged at risk");
        }

        if (calendar)
        {
            var reportedToDate = li.ExpectedToDate;
            Assert.AreNotEqual(850_000m, reportedToDate, "Monday–Friday would expect 850,000 (E6)");
        }
    }

    // An admin's value for a variable the solution defines (the definition comes with Solution/).
    private static void SetVariable(DataverseWorld world, string schemaName, string value)
    {
        var system = world.Env.GetOrganizationService(world.Env.SystemUserId);
        var query = new QueryExpression("environmentvariabledefinition") { ColumnSet = new ColumnSet(false) };
        query.Criteria.AddCondition("schemaname", ConditionOperator.Equal, schemaName);
        var definition = system.RetrieveMultiple(query).Entities.Single();
        world.Env.Seed.Row(new Entity("environmentvariablevalue")
        {
            ["schemaname"] = schemaName,
            ["value"] = value,
            ["environmentvariabledefinitionid"] = definition.ToEntityReference(),
        });
    }

    // Saturday–Sunday weekend, the Spring Festival week 16–20 Feb off and Saturday 14 Feb a make-up working day.
    private static string SpringFestivalCalendar(DataverseWorld world)
    {
        const string Name = "China 2026";
        var calendar = world.Env.Seed.Row(new Entity(SgWorkingDayCalendar.LogicalName)
        {
            ["sg_name"] = Name,
            [SgWorkingDayCalendar.Fields.WeekendDays] = new OptionSetValueCollection([new OptionSetValue(100000006), new OptionSetValue(SgWorkingDayCalendar.Options.Sunday)]),
        });
        var days = Enumerable.Range(16, 5).Select(d => (Day: new DateTime(2026, 2, d), Working: false)).Append((new DateTime(2026, 2, 14), true));
        foreach (var (day, working) in days)
        {
            world.Env.Seed.Row(new Entity(SgCalendarException.LogicalName)
            {
                ["sg_name"] = working ? "Make-up working day" : "Holiday",
                [SgCalendarException.Fields.CalendarId] = new EntityReference(SgWorkingDayCalendar.LogicalName, calendar),
                [SgCalendarException.Fields.Date] = day,
                [SgCalendarException.Fields.IsWorkingDay] = working,
            });
        }

        return Name;
    }
}
