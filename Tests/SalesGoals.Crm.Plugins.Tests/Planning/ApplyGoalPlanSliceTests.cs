using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Plugins.Planning;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;

namespace SalesGoals.Crm.Plugins.Tests.Planning;

/// <summary>
/// sg_ApplyGoalPlan on a plan too large for one execution: slices within the stated request budget (1,000 organization-
/// service requests an execution, nested goal steps included), the root activated last, resume after a stop, and the
/// same plan again changing nothing.
/// </summary>
[TestClass]
public sealed class ApplyGoalPlanSliceTests
{
    private const int RequestBudget = 1_000;

    private static List<(GoalPlanResultView Result, long Requests)> ApplyAll(GoalWorld world, string plan, int maxCalls = 1_000, string? continuation = null)
    {
        var calls = new List<(GoalPlanResultView, long)>();
        do
        {
            var request = new OrganizationRequest(ApplyGoalPlan.MessageName) { [ApplyGoalPlan.PlanParameter] = plan };
            if (continuation != null)
            {
                request[ApplyGoalPlan.ContinuationParameter] = continuation;
            }

            var before = world.Env.PluginRequestCount;
            var result = new GoalPlanResultView(world.AsManager.Execute(request).Results);
            calls.Add((result, world.Env.PluginRequestCount - before));
            continuation = result.Continuation;
        }
        while (continuation.Length > 0 && calls.Count < maxCalls);

        return calls;
    }

    private static List<Entity> Goals(GoalWorld world) =>
        world.AsSystem.RetrieveMultiple(new QueryExpression(SgGoal.LogicalName) { ColumnSet = new ColumnSet(true) }).Entities.ToList();

    private static bool Active(Entity goal) => goal.GetAttributeValue<OptionSetValue>(SgGoal.Fields.GoalStatus)?.Value == SgGoal.Options.StatusActive;

    [TestMethod]
    [DataRow(PeriodType.Week, 1)]
    [DataRow(PeriodType.Month, 1)]
    public void Apply_PlanWithinOneSlice_OneExecutionWholeTreeActive(PeriodType depth, int executions)
    {
        var world = GoalWorld.Create();
        var document = PlanDocuments.TwoReps(world, depth);

        var calls = ApplyAll(world, PlanDocuments.Json(document));

        Assert.HasCount(executions, calls, "one transaction: all of it or nothing");
        Assert.IsLessThanOrEqualTo(RequestBudget, calls[0].Requests);
        Assert.HasCount(document.Goals.Count, Goals(world).Where(Active).ToList());
        Assert.AreEqual(document.Goals.Count, calls[0].Result.Created);
    }

    [TestMethod]
    public void Apply_PlanLargerThanOneSlice_EveryExecutionWithinBudgetAndRootActivatedLast()
    {
        var world = GoalWorld.Create();
        var document = PlanDocuments.TwoReps(world, PeriodType.Day);
        var plan = PlanDocuments.Json(document);
        var rootStates = new List<bool>();
        string? continuation = null;
        var calls = new List<(GoalPlanResultView Result, long Requests)>();

        do
        {
            var call = ApplyAll(world, plan, maxCalls: 1, continuation);
            calls.AddRange(call);
            continuation = call[0].Result.Continuation;
            var root = Goals(world).SingleOrDefault(g => g.GetAttributeValue<EntityReference>(SgGoal.Fields.ParentGoalId) is null);
            rootStates.Add(root != null && Active(root));
        }
        while (continuation.Length > 0);

        var goals = Goals(world);
        Assert.IsGreaterThan(2, calls.Count, $"{document.Goals.Count} goals need several slices");
        Assert.IsTrue(calls.All(c => c.Requests <= RequestBudget), "requests per execution: " + string.Join(", ", calls.Select(c => c.Requests)));
        Assert.HasCount(document.Goals.Count, goals);
        Assert.IsTrue(goals.All(Active), "every goal Active at the end");
        CollectionAssert.AreEqual(Enumerable.Repeat(false, calls.Count - 1).Append(true).ToList(), rootStates, "the root is activated by the last slice only");
        Assert.AreEqual(document.Goals.Count, calls[^1].Result.Created);
        Assert.AreEqual(goals.Single(g => g.GetAttributeValue<EntityReference>(SgGoal.Fields.ParentGoalId) is null).Id, calls[^1].Result.RecalculateGoalId);
    }

    [TestMethod]
    public void Apply_StoppedAfterTwoSlicesThenAppliedAgain_ResumesWritingNothingTwice()
    {
        var world = GoalWorld.Create();
        var document = PlanDocuments.TwoReps(world, PeriodType.Day);
        var plan = PlanDocuments.Json(document);
        var first = ApplyAll(world, plan, maxCalls: 2);
        var written = Goals(world).Count;

        var again = ApplyAll(world, plan);

        var goals = Goals(world);
        Assert.IsTrue(first[^1].Result.Continuation.Length > 0 && written > 0, "the first run stopped half-way");
        Assert.HasCount(document.Goals.Count, goals, "no goal written twice");
        Assert.IsTrue(goals.All(Active));
        Assert.AreEqual(document.Goals.Count - written, again[^1].Result.Created, "only the missing goals are created");
        Assert.IsTrue(again.All(c => c.Requests <= RequestBudget));
    }

    [TestMethod]
    public void Apply_SamePlanAgainAfterSlices_OneExecutionNothingWritten()
    {
        var world = GoalWorld.Create();
        var plan = PlanDocuments.Json(PlanDocuments.TwoReps(world, PeriodType.Day));
        ApplyAll(world, plan);
        var before = Goals(world).ToDictionary(g => g.Id, g => g.GetAttributeValue<long>("versionnumber"));

        var again = ApplyAll(world, plan);

        Assert.HasCount(1, again);
        Assert.AreEqual(0, again[0].Result.Created + again[0].Result.Updated + again[0].Result.Activated);
        Assert.AreEqual(before.Count, again[0].Result.Unchanged);
        Assert.IsNull(again[0].Result.RecalculateGoalId, "nothing activated, nothing to recalculate");
        CollectionAssert.AreEquivalent(before, Goals(world).ToDictionary(g => g.Id, g => g.GetAttributeValue<long>("versionnumber")));
    }

    [TestMethod]
    [DataRow("v1|0000000000000000|W|0|0|0|0|0")]
    [DataRow("not a continuation")]
    public void Apply_ContinuationNotOfThisPlan_RefusedNothingWritten(string continuation)
    {
        var world = GoalWorld.Create();
        var plan = PlanDocuments.Json(PlanDocuments.TwoReps(world, PeriodType.Week));

        var message = Faults.MessageOf(() => world.AsManager.Execute(new OrganizationRequest(ApplyGoalPlan.MessageName)
        {
            [ApplyGoalPlan.PlanParameter] = plan,
            [ApplyGoalPlan.ContinuationParameter] = continuation,
        }));

        StringAssert.Contains(message, "The Continuation is not one sg_ApplyGoalPlan returned for this plan");
        Assert.IsEmpty(Goals(world));
    }

    [TestMethod]
    public void Apply_WinBeforeThePlan_CountsAfterTheRootIsRecalculated()
    {
        var world = GoalWorld.Create();
        var deal = world.Opportunity(world.Rep);
        world.Win(deal, 50_000m, new DateTime(2026, 1, 20, 0, 0, 0, DateTimeKind.Utc));
        var plan = PlanDocuments.Json(PlanDocuments.TwoReps(world, PeriodType.Day));

        var root = ApplyAll(world, plan)[^1].Result.RecalculateGoalId!.Value;
        var slices = world.RecalculateSlices(root);

        Assert.AreEqual(50_000m, slices[^1].Actual);
        Assert.IsTrue(slices.All(s => s.Requests <= RequestBudget), "recalculation slices: " + string.Join(", ", slices.Select(s => s.Requests)));
        var day = Goals(world).Single(g => g.GetAttributeValue<EntityReference>(SgGoal.Fields.AssigneeUserId)?.Id == world.Rep
            && g.GetAttributeValue<OptionSetValue>(SgGoal.Fields.PeriodType)?.Value == 100000004
            && g.GetAttributeValue<DateTime>(SgGoal.Fields.PeriodStart) == new DateTime(2026, 1, 20, 0, 0, 0, DateTimeKind.Utc));
        Assert.AreEqual(50_000m, world.Actual(day.Id), "the day of the win");
    }
}
