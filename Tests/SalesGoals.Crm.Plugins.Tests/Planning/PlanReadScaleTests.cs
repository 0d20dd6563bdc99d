using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Rules;
using SalesGoals.Crm.Plugins.Planning;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;

namespace SalesGoals.Crm.Plugins.Tests.Planning;

/// <summary>
/// What an apply reads, through a test-side row-counting service: only the removed goals' ledger rows, one calendar of the
/// plan's name; and a removed goal's ledger rows counted across more than one 5,000-row page.
/// </summary>
[TestClass]
public sealed class PlanReadScaleTests
{
    private static GoalPlanResult ApplyCounting(GoalWorld world, PlanBuilder plan, ReadCountingService service) =>
        new GoalPlanService(service, 1033, () => new ActingUser(world.Manager), () => { })
            .Apply(plan.Document, "fingerprint");

    private static void LedgerRows(GoalWorld world, Guid goal, int rows)
    {
        for (var i = 0; i < rows; i++)
        {
            world.Env.Seed.Row(new Entity(SgGoalContribution.LogicalName) { [SgGoalContribution.Fields.GoalId] = new EntityReference(SgGoal.LogicalName, goal) });
        }
    }

    [TestMethod]
    public void Apply_GoalLeftOut_ReadsOnlyItsOwnLedgerRowsNotTheKeptGoals()
    {
        var world = GoalWorld.Create();
        var plan = new PlanBuilder(world);
        plan.Apply();
        LedgerRows(world, plan.Stored(PlanBuilder.Olga).Id, 2);
        LedgerRows(world, plan.Stored(PlanBuilder.Ray).Id, 30);
        var service = new ReadCountingService(world.AsManager);

        var result = ApplyCounting(world, plan.Without(PlanBuilder.Olga), service);

        Assert.AreEqual(2, result.Removed.Single().LedgerRows);
        Assert.AreEqual(2, service.RowsOf(SgGoalContribution.LogicalName), "Ray's 30 rows are not read");
    }

    [TestMethod]
    public void Apply_TwoCalendarsOfThePlansName_ReadsOne()
    {
        var world = GoalWorld.Create();
        for (var i = 0; i < 2; i++)
        {
            world.AsSystem.Create(new Entity(SgWorkingDayCalendar.LogicalName) { ["sg_name"] = "China 2026" });
        }

        var plan = new PlanBuilder(world);
        plan.Document.Calendar = new GoalPlanCalendar { Name = "China 2026", Weekend = [6, 7] };
        var service = new ReadCountingService(world.AsManager);

        ApplyCounting(world, plan, service);

        Assert.AreEqual(1, service.RowsOf(SgWorkingDayCalendar.LogicalName));
    }

    [TestMethod]
    [Timeout(120_000)]
    public void Apply_GoalLeftOutWithMoreThanAPageOfLedgerRows_CountsThemAll()
    {
        var world = GoalWorld.Create();
        var plan = new PlanBuilder(world);
        plan.Apply();
        LedgerRows(world, plan.Stored(PlanBuilder.Olga).Id, 5_001);

        var outcome = plan.Without(PlanBuilder.Olga).Apply();

        Assert.AreEqual(5_001, outcome.Removed.Single().LedgerRows);
    }
}
