using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Planning;

/// <summary>
/// The engine's rules as sg_ApplyGoalPlan applies them to the whole plan: who may set targets, a duplicate scope in the
/// plan, a child against its unchanged parent, an activation-only apply, a locked goal's settings, and the unallocated
/// part the apply keeps on each parent.
/// </summary>
[TestClass]
public sealed class PlanRuleTests
{
    private static bool AllDraft(PlanBuilder plan) =>
        plan.StoredGoals().All(g => g.GetAttributeValue<OptionSetValue>(F.GoalStatus).Value == SgGoal.Options.StatusDraft);

    [TestMethod]
    public void Apply_NewPlanByARep_IsRefusedForEveryTargetTheRepMayNotSet()
    {
        var world = GoalWorld.Create();
        var plan = new PlanBuilder(world);

        var message = Faults.MessageOf(() => plan.Apply(world.Rep));

        StringAssert.StartsWith(message, "Nothing was written: 3 goal(s) of the plan cannot be applied:");
        StringAssert.Contains(message, "You cannot change the targets of your own goal \"East / Ray\".");
        StringAssert.Contains(message, "Only the manager of goal \"East / Olga\" or a goal manager can change its targets.");
        Assert.IsEmpty(plan.StoredGoals());
    }

    [TestMethod]
    public void Apply_RepRenamesTheirOwnGoal_IsWrittenWithoutTheTargetRights()
    {
        var world = GoalWorld.Create();
        var plan = new PlanBuilder(world);
        plan.Apply();
        plan[PlanBuilder.Ray].Name = "Ray (coast)";

        var outcome = plan.Apply(world.Rep);

        Assert.AreEqual((0, 1, 2), (outcome.Created, outcome.Updated, outcome.Unchanged));
        Assert.AreEqual(plan.Stored("Ray (coast)").Id, plan.StoredGoals().Single(g => g.GetAttributeValue<EntityReference>(F.AssigneeUserId).Id == world.Rep).Id);
    }

    [TestMethod]
    public void Apply_RepChangesTheirOwnTarget_IsRefused()
    {
        var world = GoalWorld.Create();
        var plan = new PlanBuilder(world);
        plan.Apply();
        plan[PlanBuilder.Ray].Target = 650m;

        var message = Faults.MessageOf(() => plan.Apply(world.Rep));

        StringAssert.Contains(message, "You cannot change the targets of your own goal \"East / Ray\".");
        Assert.AreEqual(600m, plan.Stored(PlanBuilder.Ray).GetAttributeValue<decimal>(F.TargetValue));
    }

    [TestMethod]
    public void Apply_TwoGoalsOfTheSameScopeInOnePlan_IsRefused()
    {
        var world = GoalWorld.Create();
        var plan = new PlanBuilder(world);
        plan.Add(plan.Goal("East / Ray again", PlanBuilder.Root, world.Rep, 100m, "None"));

        var message = Faults.MessageOf(() => plan.Apply());

        StringAssert.Contains(message, "Goal \"East / Ray again\" duplicates \"East / Ray\": same owner, metric, period and filters.");
        Assert.IsEmpty(plan.StoredGoals());
    }

    [TestMethod]
    public void Apply_ChildMovedOutsideItsUnchangedParentsPeriod_IsRefused()
    {
        var world = GoalWorld.Create();
        var plan = new PlanBuilder(world);
        plan.Apply();
        (plan[PlanBuilder.Ray].Start, plan[PlanBuilder.Ray].End) = ("2026-04-01", "2026-04-30");

        var message = Faults.MessageOf(() => plan.Apply());

        StringAssert.Contains(message, "Goal \"East / Ray\" (2026-04-01 to 2026-04-30) lies outside the period of its parent \"East\"");
        Assert.HasCount(3, plan.StoredGoals());
    }

    [TestMethod]
    public void Apply_ActivatingADraftPlanWhoseChildrenFallShort_IsRefusedNothingActivated()
    {
        var world = GoalWorld.Create();
        var plan = new PlanBuilder(world);
        plan[PlanBuilder.Olga].Target = 300m;
        plan.Apply();
        plan.Document.Activate = true;

        var message = Faults.MessageOf(() => plan.Apply());

        StringAssert.Contains(message, "Goal \"East\" cannot be activated: its children carry");
        Assert.IsTrue(AllDraft(plan));
    }

    [TestMethod]
    public void Apply_ParentAndChildTargets_KeepTheParentsUnallocatedPart()
    {
        var world = GoalWorld.Create();
        var plan = new PlanBuilder(world);
        plan[PlanBuilder.Olga].Target = 300m;
        plan.Apply();
        var created = plan.Stored(PlanBuilder.Root).GetAttributeValue<decimal?>(F.Unallocated);
        plan[PlanBuilder.Root].Target = 1_100m;

        plan.Apply();

        Assert.AreEqual(100m, created, "1,000 − (600 + 300)");
        Assert.AreEqual(200m, plan.Stored(PlanBuilder.Root).GetAttributeValue<decimal?>(F.Unallocated), "1,100 − (600 + 300)");
        Assert.IsNull(plan.Stored(PlanBuilder.Ray).GetAttributeValue<decimal?>(F.Unallocated), "a leaf has nothing to allocate");
    }

    [TestMethod]
    public void Apply_LockedGoalRenamed_IsWritten()
    {
        var world = GoalWorld.Create();
        var plan = new PlanBuilder(world);
        plan.Document.Activate = true;
        plan[PlanBuilder.Ray].Locked = true;
        plan.Apply();
        plan[PlanBuilder.Ray].Name = "Ray (coast)";

        var outcome = plan.Apply();

        Assert.AreEqual((0, 1, 2, 0), (outcome.Created, outcome.Updated, outcome.Unchanged, outcome.Activated));
        Assert.IsTrue(plan.Stored("Ray (coast)").GetAttributeValue<bool>(F.IsLocked));
    }

    [TestMethod]
    public void Apply_TwoTiersOfALockedGoalChanged_RefusalNamesBothRounded()
    {
        var world = GoalWorld.Create();
        var plan = new PlanBuilder(world);
        plan.Document.Activate = true;
        plan[PlanBuilder.Ray].Locked = true;
        plan.Apply();
        (plan[PlanBuilder.Ray].Target, plan[PlanBuilder.Ray].Stretch) = (650.50m, 750m);

        var message = Faults.MessageOf(() => plan.Apply());

        StringAssert.Contains(message, "East / Ray: the goal is locked and the plan changes target 600 → 650.5, stretch 700 → 750; submit an adjustment request (sg_goaladjustment) instead of editing it.");
    }

    [TestMethod]
    [DataRow("won-deal-count", "base 1,200, target 1,000, stretch 1,100")]
    [DataRow("won-revenue", "base 1,200.00, target 1,000.00, stretch 1,100.00")]
    public void Apply_TiersOutOfOrder_RefusalShowsThemInTheMetricsPrecision(string metric, string tiers)
    {
        var world = GoalWorld.Create();
        var plan = new PlanBuilder(world);
        (plan.Document.MetricCode, plan.Document.MetricId) = (metric, world.Metric(metric).Id);
        plan[PlanBuilder.Root].Base = 1_200m;

        var message = Faults.MessageOf(() => plan.Apply());

        StringAssert.Contains(message, "Goal \"East\": the tiers must be in order base ≤ target ≤ stretch (" + tiers + ").");
    }
}
