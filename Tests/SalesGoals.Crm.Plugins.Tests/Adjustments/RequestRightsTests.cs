using System;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Adjustments;

/// <summary>
/// Who may ask for an adjustment (goals.md §6): each of the five grounds on its own suffices — a goal-manager
/// role, managing the goal, being the assignee's line manager, being the assignee, or being on the assigned team.
/// </summary>
[TestClass]
public sealed class RequestRightsTests
{
    [TestMethod]
    [DataRow("role-holder", true)]
    [DataRow("goal-manager", true)]
    [DataRow("assignee", true)]
    [DataRow("team-member", true)]
    [DataRow("outside-team", false)]
    [DataRow("stranger", false)]
    public void Submit_OnEachGround_IsSubmittedOnlyWhenOneHolds(string ground, bool allowed)
    {
        // Arrange: Lin Lead holds no role and reports to nobody; Ray Rep reports to Mia Manager.
        var world = GoalWorld.Create();
        var lead = world.Env.Seed.User("Lin Lead", languageId: 1033);
        var team = world.Env.Seed.Team("East team", null, world.Rep);
        var goal = world.Goal("Q1 East");
        Guid requester;
        switch (ground)
        {
            case "role-holder": requester = world.Director; break;
            case "goal-manager": goal.With(F.ManagerId, new EntityReference(PlatformTables.SystemUser, lead)); requester = lead; break;
            case "assignee": requester = world.Rep; break;
            case "team-member": TeamGoal(goal, team); requester = world.Rep; break;
            case "outside-team": TeamGoal(goal, team); requester = world.OtherRep; break;
            default: requester = lead; break;
        }

        var draft = world.Adjustment("Q1 East down").Line(goal.Active().Create(), newTarget: 450_000m).Draft(requester);

        // Act
        var message = allowed ? null : Faults.MessageOf(() => AdjustmentFlow.Submit(world, draft, requester));
        if (allowed)
        {
            AdjustmentFlow.Submit(world, draft, requester);
        }

        // Assert
        Assert.AreEqual(allowed ? SgGoalAdjustment.Options.StatusSubmitted : null, AdjustmentFlow.Status(world, draft));
        if (!allowed)
        {
            Assert.AreEqual(
                "You can request adjustments only for your own goals or the goals you manage; goal \"Q1 East\" is neither. Ask its manager to request the change.",
                message);
        }
    }

    private static void TeamGoal(GoalBuilder goal, Guid team) =>
        goal.With(F.AssigneeUserId, null).With(F.AssigneeTeamId, new EntityReference(PlatformTables.Team, team));
}
