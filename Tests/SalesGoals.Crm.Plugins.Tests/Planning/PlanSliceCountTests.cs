using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;

namespace SalesGoals.Crm.Plugins.Tests.Planning;

/// <summary>
/// What the caller of a sliced sg_ApplyGoalPlan reads: totals carried from slice to slice, the one-slice limit of 500
/// written goals on both sides, a draft plan ending without an activation phase, and a retried slice writing nothing twice.
/// </summary>
[TestClass]
public sealed class PlanSliceCountTests
{
    private static bool IsDraft(Entity goal) => goal.GetAttributeValue<OptionSetValue>(SgGoal.Fields.GoalStatus).Value == SgGoal.Options.StatusDraft;

    [TestMethod]
    public void Apply_LargeDraftPlan_WrittenInSlicesAndLeftDraft()
    {
        var world = GoalWorld.Create();
        var document = PlanDocuments.TwoReps(world, PeriodType.Day);
        document.Activate = false;

        var calls = PlanCalls.Until(world, PlanDocuments.Json(document));

        var last = calls[^1];
        Assert.HasCount(3, calls, "a check, then two writing slices; no activation phase");
        Assert.IsTrue(calls.Take(2).All(c => !c.Done) && last.Done);
        Assert.AreEqual((document.Goals.Count, 0, 0, 0), (last.Created, last.Updated, last.Unchanged, last.Activated));
        Assert.IsNull(last.RecalculateGoalId, "nothing activated, nothing to recalculate");
        var goals = new PlanBuilder(world).StoredGoals();
        Assert.HasCount(document.Goals.Count, goals);
        Assert.IsTrue(goals.All(IsDraft));
    }

    [TestMethod]
    public void Apply_EveryGoalOfAnActiveLargePlanRenamed_UpdatedInSlicesNoneActivatedAgain()
    {
        var world = GoalWorld.Create();
        var document = PlanDocuments.TwoReps(world, PeriodType.Day);
        PlanCalls.Until(world, PlanDocuments.Json(document));
        document.Goals.ForEach(g => g.Name += " (v2)");

        var calls = PlanCalls.Until(world, PlanDocuments.Json(document));

        var last = calls[^1];
        Assert.IsTrue(last.Done);
        Assert.AreEqual((0, document.Goals.Count, 0, 0), (last.Created, last.Updated, last.Unchanged, last.Activated));
        Assert.IsNull(last.RecalculateGoalId, "every goal was Active already");
        var goals = new PlanBuilder(world).StoredGoals();
        Assert.IsTrue(goals.All(g => g.GetAttributeValue<string>(SgGoal.Fields.Name).EndsWith(" (v2)", StringComparison.Ordinal)));
        Assert.IsFalse(goals.Any(IsDraft));
    }

    [TestMethod]
    public void Apply_ActivationSliceRetried_ActivatesAndCountsNothingTwice()
    {
        var world = GoalWorld.Create();
        var document = PlanDocuments.TwoReps(world, PeriodType.Day);
        var plan = PlanDocuments.Json(document);
        var writing = PlanCalls.Until(world, plan, maxCalls: 3);
        var activating = writing[^1].Continuation;
        var firstSlice = PlanCalls.Send(world, plan, activating);
        var before = Versions(world);

        var retry = PlanCalls.Send(world, plan, activating);
        var afterRetry = Versions(world);
        var rest = PlanCalls.Until(world, plan, continuation: retry.Continuation);

        Assert.AreEqual(500, firstSlice.Activated);
        Assert.AreEqual(0, retry.Activated, "the retried slice's goals are Active already");
        Assert.IsFalse(retry.Done);
        CollectionAssert.AreEquivalent(before, afterRetry, "the retry wrote nothing");
        Assert.AreEqual(document.Goals.Count - 500, rest[^1].Activated);
        Assert.IsNotNull(rest[^1].RecalculateGoalId);
        Assert.IsFalse(new PlanBuilder(world).StoredGoals().Any(IsDraft));
    }

    private static System.Collections.Generic.Dictionary<Guid, long> Versions(GoalWorld world) =>
        new PlanBuilder(world).StoredGoals().ToDictionary(g => g.Id, g => g.GetAttributeValue<long>("versionnumber"));

    [TestMethod]
    [DataRow(500, true)]
    [DataRow(501, false)]
    public void Apply_RenamedGoalsAroundTheSliceSize_OneExecutionUpTo500(int renamed, bool oneExecution)
    {
        var world = GoalWorld.Create();
        var document = PlanDocuments.TwoReps(world, PeriodType.Day);
        document.Activate = false;
        PlanCalls.Until(world, PlanDocuments.Json(document));
        document.Goals.Take(renamed).ToList().ForEach(g => g.Name += " (v2)");

        var calls = PlanCalls.Until(world, PlanDocuments.Json(document));

        Assert.AreEqual(oneExecution, calls[0].Done);
        Assert.AreEqual(oneExecution ? renamed : 0, calls[0].Updated, "a sliced apply only checks in its first call");
        Assert.AreEqual(oneExecution ? 1 : 3, calls.Count);
        Assert.AreEqual((0, renamed, document.Goals.Count - renamed), (calls[^1].Created, calls[^1].Updated, calls[^1].Unchanged), "totals carried through every slice");
        Assert.AreEqual(renamed, new PlanBuilder(world).StoredGoals().Count(g => g.GetAttributeValue<string>(SgGoal.Fields.Name).EndsWith(" (v2)", StringComparison.Ordinal)));
    }
}
