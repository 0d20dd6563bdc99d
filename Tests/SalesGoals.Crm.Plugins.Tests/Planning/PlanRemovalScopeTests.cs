using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;

namespace SalesGoals.Crm.Plugins.Tests.Planning;

/// <summary>
/// Which goals an edited plan reports as removed: only live goals below the plan's own goals (not someone else's goal,
/// not one deactivated before), with only live ledger rows counted; on a large plan every level and every batch of
/// parents is searched, and more than one request's worth of goals is deactivated.
/// </summary>
[TestClass]
public sealed class PlanRemovalScopeTests
{
    private static int StateOf(Entity goal) => goal.GetAttributeValue<OptionSetValue>("statecode")?.Value ?? 0;

    [TestMethod]
    public void Apply_AnotherGoalOutsideThePlan_IsNotReported()
    {
        var world = GoalWorld.Create();
        world.Goal("Ray's Q1 (by hand)").Create();
        var plan = new PlanBuilder(world);
        plan.Apply();

        var outcome = plan.Without(PlanBuilder.Olga).Apply();

        CollectionAssert.AreEqual(new[] { PlanBuilder.Olga }, outcome.Removed.Select(r => r.Path).ToArray());
    }

    [TestMethod]
    public void Apply_GoalDeactivatedByAnEarlierApply_IsNotReportedAgain()
    {
        var world = GoalWorld.Create();
        var plan = new PlanBuilder(world);
        plan.Apply();
        plan.Document.RemoveMissing = true;
        plan.Without(PlanBuilder.Olga).Apply();

        var again = plan.Apply();

        Assert.IsEmpty(again.Removed);
        Assert.AreEqual((0, 0, 2, 0), (again.Created, again.Updated, again.Unchanged, again.Activated));
    }

    [TestMethod]
    public void Apply_GoalWithAnInactiveLedgerRow_CountsOnlyTheLiveOnes()
    {
        var world = GoalWorld.Create();
        var plan = new PlanBuilder(world);
        plan.Document.Activate = true;
        plan.Apply();
        var olga = plan.Stored(PlanBuilder.Olga).Id;
        world.Win(world.Opportunity(world.OtherRep), 50_000m, new DateTime(2026, 3, 10), world.OtherRep);
        var live = world.Contributions(olga).Count;
        var inactive = world.Env.Seed.Row(new Entity(SgGoalContribution.LogicalName)
        {
            [SgGoalContribution.Fields.GoalId] = new EntityReference(SgGoal.LogicalName, olga),
        });
        world.AsSystem.Update(new Entity(SgGoalContribution.LogicalName, inactive) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(2) });
        Assert.AreEqual(1, world.Contributions(olga).Single(c => c.Id == inactive).GetAttributeValue<OptionSetValue>("statecode").Value);

        var outcome = plan.Without(PlanBuilder.Olga).Apply();

        Assert.AreEqual(1, live);
        Assert.AreEqual(live, outcome.Removed.Single().LedgerRows);
    }

    [TestMethod]
    public void Apply_LargePlanWithoutOneRepsDays_ReportsEachDayBelowEveryBatchOfParents()
    {
        var world = GoalWorld.Create();
        var document = PlanDocuments.TwoReps(world, PeriodType.Day);
        document.Activate = false;
        PlanCalls.Until(world, PlanDocuments.Json(document));
        var days = document.Goals.Where(g => g.PeriodType == nameof(PeriodType.Day) && g.Key!.StartsWith("Plan 2026 / rep1", StringComparison.Ordinal)).Select(g => g.Key!).ToList();
        document.Goals.RemoveAll(g => days.Contains(g.Key!));

        var outcome = PlanCalls.Send(world, PlanDocuments.Json(document));

        Assert.IsTrue(outcome.Done);
        Assert.IsGreaterThan(200, days.Count);
        CollectionAssert.AreEquivalent(days, outcome.Removed.Select(r => r.Path).ToList(), "a day's name starts with its ancestors' names: its path is its name");
        Assert.IsTrue(outcome.Removed.All(r => !r.Deactivated));
    }

    [TestMethod]
    public void Apply_LargePlanCutToItsRootWithRemoveMissing_DeactivatesEveryGoalBelowIt()
    {
        var world = GoalWorld.Create();
        var document = PlanDocuments.TwoReps(world, PeriodType.Day);
        document.Activate = false;
        PlanCalls.Until(world, PlanDocuments.Json(document));
        var below = document.Goals.Count - 1;
        document.Goals.RemoveRange(1, below);
        document.RemoveMissing = true;

        var outcome = PlanCalls.Send(world, PlanDocuments.Json(document));

        Assert.IsGreaterThan(500, below, "more than one UpdateMultiple of 500 rows");
        Assert.HasCount(below, outcome.Removed);
        Assert.IsTrue(outcome.Removed.All(r => r.Deactivated));
        var goals = new PlanBuilder(world).StoredGoals();
        Assert.AreEqual(below, goals.Count(g => StateOf(g) == 1));
        Assert.AreEqual(0, StateOf(goals.Single(g => g.GetAttributeValue<EntityReference>(SgGoal.Fields.ParentGoalId) is null)));
    }
}
