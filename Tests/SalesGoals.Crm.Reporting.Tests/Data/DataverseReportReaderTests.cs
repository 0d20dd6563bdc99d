using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Reporting.Data;
using SalesGoals.Crm.Reporting.Reports;
using SalesGoals.Crm.Reporting.Tests.Support;

namespace SalesGoals.Crm.Reporting.Tests.Data;

/// <summary>The report reader over the local Dataverse Web API with more goals than one page (5,000) holds.</summary>
[TestClass]
public sealed class DataverseReportReaderTests
{
    private const int WeekGoals = 5_100;
    private const int OldGoals = 600;
    private static readonly LocalDate Feb15 = new(2026, 2, 15);

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [Timeout(600_000, CooperativeCancellation = true)]
    public async Task ReadAsync_ReportOverMoreThanOnePageOfGoals_CompleteAndEqualToReadingTheWholeOrg()
    {
        await using var world = await DataverseWorld.StartAsync();
        world.Win(world.LiNa, "Tongji hospital", 550_000m, new DateTime(2026, 1, 20));
        world.Win(world.WangFang, "Hangzhou mall", 700_000m, new DateTime(2026, 2, 3));
        var month = Goal(world, "East Feb 2026", null, new DateTime(2026, 2, 1), new DateTime(2026, 2, 28), WeekGoals * 1_000m);
        for (var i = 0; i < WeekGoals; i++)
        {
            Ledger(world, Goal(world, $"Week goal {i:00000}", month, new DateTime(2026, 2, 9), new DateTime(2026, 2, 15), 1_000m), 100m, new DateTime(2026, 2, 10));
        }

        // Ended before the week, under Li Na's quarter: not a line, but its ledger row counts toward the quarter.
        Ledger(world, Goal(world, "李娜 January", world.LiNaGoal, new DateTime(2026, 1, 1), new DateTime(2026, 1, 31), 500_000m), 25_000m, new DateTime(2026, 1, 15));
        for (var i = 0; i < OldGoals; i++)
        {
            Ledger(world, Goal(world, $"2025 goal {i}", null, new DateTime(2025, 3, 1), new DateTime(2025, 3, 31), 1_000m), 50m, new DateTime(2025, 3, 10));
        }

        var request = new ReportRequest(ReportKind.Weekly, Feb15);
        var reader = new DataverseReportReader(world.Client);

        var scoped = await reader.ReadAsync(request, TestContext.CancellationToken);
        var whole = await reader.ReadAsync(TestContext.CancellationToken);

        Assert.HasCount(3 + 1 + WeekGoals + 1, scoped.Goals, "the quarter tree, the month, its weeks and the January goal below Li Na's quarter");
        Assert.IsFalse(scoped.Goals.Any(g => g.Start.Year == 2025), "goals of other periods are not read");
        Assert.IsFalse(scoped.Contributions.Any(c => c.SourceDate is { Year: 2025 }), "ledger rows of other periods are not read");
        Assert.HasCount(scoped.Goals.Count + OldGoals, whole.Goals);
        var fromScoped = CompletionReportBuilder.Build(scoped, request);
        var fromWhole = CompletionReportBuilder.Build(whole, request);
        Assert.HasCount(3 + 1 + WeekGoals, fromScoped.Lines);
        CollectionAssert.AreEqual(
            fromWhole.Lines.Select(l => (l.GoalId, l.Actual, l.ExpectedToDate, l.WindowActual, l.PreviousWindowActual, l.Status, l.Tier)).ToList(),
            fromScoped.Lines.Select(l => (l.GoalId, l.Actual, l.ExpectedToDate, l.WindowActual, l.PreviousWindowActual, l.Status, l.Tier)).ToList());
        Assert.AreEqual(WeekGoals * 100m, fromScoped.Lines.Single(l => l.GoalId == month).Actual);
        Assert.AreEqual(575_000m, fromScoped.Lines.Single(l => l.GoalId == world.LiNaGoal).Actual, "550,000 won in January through the plug-ins + the January goal's 25,000");
    }

    // Seeded as stored rows (no plug-ins): the reader's paging and filters are what is tested here, not the goal rules.
    private static Guid Goal(DataverseWorld world, string name, Guid? parent, DateTime start, DateTime end, decimal target)
    {
        var row = new Entity(SgGoal.LogicalName)
        {
            [SgGoal.Fields.Name] = name,
            [SgGoal.Fields.AssigneeUserId] = new EntityReference("systemuser", world.LiNa),
            [SgGoal.Fields.PeriodType] = new OptionSetValue(100_000_003),
            [SgGoal.Fields.PeriodStart] = start,
            [SgGoal.Fields.PeriodEnd] = end,
            [SgGoal.Fields.TargetValue] = target,
            [SgGoal.Fields.CurrencyId] = new EntityReference(PlatformTables.TransactionCurrency, world.Cny),
            [SgGoal.Fields.GoalStatus] = new OptionSetValue(SgGoal.Options.StatusActive),
            ["statecode"] = new OptionSetValue(0),
        };
        if (parent is { } p)
        {
            row[SgGoal.Fields.ParentGoalId] = new EntityReference(SgGoal.LogicalName, p);
        }

        return world.Env.Seed.Row(row);
    }

    private static void Ledger(DataverseWorld world, Guid goal, decimal amount, DateTime date) => world.Env.Seed.Row(new Entity(SgGoalContribution.LogicalName)
    {
        [SgGoalContribution.Fields.GoalId] = new EntityReference(SgGoal.LogicalName, goal),
        [SgGoalContribution.Fields.Numerator] = amount,
        [SgGoalContribution.Fields.Denominator] = 0m,
        [SgGoalContribution.Fields.SourceDate] = date,
        ["statecode"] = new OptionSetValue(0),
    });
}
