using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Rules;
using SalesGoals.Crm.Plugins.Planning;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Planning;

/// <summary>
/// sg_ApplyGoalPlan's outputs on a plan that fits one execution (Done, the root to recalculate), the owner of each new
/// goal, a new goal added to an active plan, a kept goal next to a written one, and the service's guards.
/// </summary>
[TestClass]
public sealed class PlanOutputTests
{
    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public void Apply_PlanWithinOneExecution_DoneWithTheRootToRecalculateOnlyWhenActivated(bool activate)
    {
        var world = GoalWorld.Create();
        var plan = new PlanBuilder(world);
        plan.Document.Activate = activate;

        var result = PlanCalls.Send(world, PlanBuilder.Json(plan.Document));

        Assert.IsTrue(result.Done);
        Assert.AreEqual(string.Empty, result.Continuation);
        Assert.AreEqual(activate ? plan.Stored(PlanBuilder.Root).Id : null, result.RecalculateGoalId);
    }

    [TestMethod]
    public void Apply_NewGoalAddedToAnActivePlan_ActivatesOnlyIt()
    {
        var world = GoalWorld.Create();
        var plan = new PlanBuilder(world);
        plan.Document.Activate = true;
        plan.Apply();
        (plan[PlanBuilder.Root].Target, plan[PlanBuilder.Root].Stretch) = (1_110m, 1_210m);
        plan.Add(plan.Goal("East / Later", PlanBuilder.Root, world.Manager, 110m, "None"));

        var result = PlanCalls.Send(world, PlanBuilder.Json(plan.Document));

        Assert.AreEqual((1, 1, 2, 1), (result.Created, result.Updated, result.Unchanged, result.Activated));
        Assert.AreEqual(plan.Stored(PlanBuilder.Root).Id, result.RecalculateGoalId);
        Assert.AreEqual(SgGoal.Options.StatusActive, plan.Stored("East / Later").GetAttributeValue<OptionSetValue>(F.GoalStatus).Value);
    }

    [TestMethod]
    [DataRow("user")]
    [DataRow("team")]
    public void Apply_NewGoal_OwnedByItsAssignee(string assignee)
    {
        var world = GoalWorld.Create();
        var team = world.Env.Seed.Team("East team", null, world.Rep);
        var plan = new PlanBuilder(world).Without(PlanBuilder.Ray).Without(PlanBuilder.Olga);
        var root = plan[PlanBuilder.Root];
        if (assignee == "team")
        {
            (root.UserId, root.TeamId, root.SplitAxis) = (null, team, "None");
        }
        else
        {
            root.SplitAxis = "None";
        }

        plan.Apply();

        var owner = plan.Stored(PlanBuilder.Root).GetAttributeValue<EntityReference>(F.OwnerId);
        Assert.AreEqual(assignee == "team" ? (PlatformTables.Team, team) : (PlatformTables.SystemUser, world.Director), (owner.LogicalName, owner.Id));
    }

    [TestMethod]
    public void Apply_GoalLeftOutWhileAnotherChanges_WritesTheChangeAndKeepsTheLeftOutGoal()
    {
        var world = GoalWorld.Create();
        var plan = new PlanBuilder(world);
        plan.Apply();
        plan[PlanBuilder.Ray].Name = "Ray (coast)";

        var outcome = plan.Without(PlanBuilder.Olga).Apply();

        Assert.AreEqual((0, 1, 1), (outcome.Created, outcome.Updated, outcome.Unchanged));
        Assert.IsFalse(outcome.Removed.Single().Deactivated);
        Assert.AreEqual(0, plan.Stored(PlanBuilder.Olga).GetAttributeValue<OptionSetValue>("statecode")?.Value ?? 0);
    }

    [TestMethod]
    [DataRow("service")]
    [DataRow("actor")]
    [DataRow("openGate")]
    [DataRow("document")]
    public void GoalPlanService_WithoutWhatItNeeds_ThrowsNamingIt(string missing)
    {
        var world = GoalWorld.Create();
        Func<ActingUser> actor = () => throw new InvalidOperationException("not read");

        var thrown = Assert.ThrowsExactly<ArgumentNullException>(() => new GoalPlanService(
                missing == "service" ? null! : world.AsManager,
                1033,
                missing == "actor" ? null! : actor,
                missing == "openGate" ? null! : () => { })
            .Apply(null!, "fingerprint"));

        Assert.AreEqual(missing, thrown.ParamName);
    }
}
