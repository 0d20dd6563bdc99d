using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Sandbox;

namespace SalesGoals.Crm.Worker.Tests.Sandbox;

/// <summary>The daily sweep end to end: a "pace-sweep" message over AMQP, sg_EvaluatePace page by page in the local Dataverse.</summary>
[TestClass]
public sealed class PaceSweepTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task RunPaceSweepAsync_AtYearEnd_EvaluatesEveryActiveGoalInPagesAndExpectedReachesTarget()
    {
        // Arrange: mid-year, after one sync cycle; three goals per call so the sweep needs several pages.
        await using var sandbox = await SandboxHost.StartAsync(new SandboxOptions { AsOf = new DateOnly(2026, 6, 30), SweepPageSize = 2 }, TestContext.CancellationToken);
        await sandbox.RunCycleAsync(TestContext.CancellationToken);
        var before = await sandbox.Dataverse.GetGoalsAsync(TestContext.CancellationToken);
        var active = before.Where(g => g.Status == "Active").ToList();
        Assert.IsTrue(active.All(g => g.ExpectedToDate < g.Target), "at mid-year less than the target is expected");

        // Act
        var sweep = await sandbox.RunPaceSweepAsync(new DateTimeOffset(2026, 12, 31, 12, 0, 0, TimeSpan.Zero), TestContext.CancellationToken);

        // Assert
        var after = (await sandbox.Dataverse.GetGoalsAsync(TestContext.CancellationToken)).Where(g => g.Status == "Active").ToList();
        Assert.AreEqual(active.Count, sweep.Evaluated);
        Assert.AreEqual((active.Count + 1) / 2, sweep.Pages);
        foreach (var goal in after)
        {
            var dueByYearEnd = goal.ExpectedToDate;
            Assert.AreEqual(goal.Target, dueByYearEnd, $"{goal.Name}: on the last day the whole target is due");
            var wonBeforeSweep = before.Single(g => g.Id == goal.Id).Actual;
            Assert.AreEqual(wonBeforeSweep, goal.Actual, $"{goal.Name}: the sweep never changes actuals");
        }

        Assert.AreEqual(after.Count(g => g.PaceStatus == "AtRisk"), sweep.AtRisk);
    }
}
