using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Adjustments;

/// <summary>Who is asked to approve, and who hears of an applied change: exactly the people goals.md §6 names, nobody else.</summary>
[TestClass]
public sealed class ApproverNoticeTests
{
    [TestMethod]
    public void Submit_ByTheGoalsOnlyChartApprover_AsksTheGoalManagerRoleHoldersOnceAndNobodyWithAnotherRole()
    {
        // Arrange: the director is the chart's approver of the manager's goal, and is the one asking.
        var world = GoalWorld.Create();
        var ops = world.Env.Seed.User("Olivia Ops", languageId: 1033);
        world.Env.Seed.AssignRole(ops, PlatformTables.GoalManagerRoleName);
        var opsTeam = world.Env.Seed.Team("Sales Operations", null, ops);
        world.Env.Seed.AssignTeamRole(opsTeam, PlatformTables.GoalManagerRoleName);
        var repsTeam = world.Env.Seed.Team("East reps", null, world.OtherRep);
        world.Env.Seed.AssignTeamRole(repsTeam, "Sales Rep (Goals)");
        world.Env.Seed.AssignRole(world.Rep, "Sales Rep (Goals)");
        var lunch = world.Env.Seed.User("Luis Lunch", languageId: 1033);
        world.Env.Seed.Team("Lunch club", null, lunch);
        var goal = world.Goal("Q1 East").Active().Create();

        // Act
        world.Adjustment("Q1 East down").Line(goal, newTarget: 450_000m).Submit(world.Director);

        // Assert
        Assert.HasCount(1, AdjustmentFlow.Notifications(world, world.Manager));
        Assert.HasCount(1, AdjustmentFlow.Notifications(world, ops), "a holder directly and through a team is asked once");
        Assert.IsEmpty(AdjustmentFlow.Notifications(world, world.Director), "the requester does not approve their own request");
        Assert.AreEqual(2, AdjustmentFlow.AllNotifications(world));
    }

    [TestMethod]
    public void Approve_TeamGoal_TellsOnlyThatTeamsMembers()
    {
        var world = GoalWorld.Create();
        var east = world.Env.Seed.Team("East team", null, world.Rep);
        world.Env.Seed.Team("West team", null, world.OtherRep);
        var goal = world.Goal("Q1 East team")
            .With(F.AssigneeUserId, null)
            .With(F.AssigneeTeamId, new EntityReference(PlatformTables.Team, east))
            .Active().Create();
        var request = world.Adjustment("Q1 East team down").Line(goal, newTarget: 450_000m).Submit(world.Manager);

        AdjustmentFlow.Approve(world, request, world.Director);

        Assert.HasCount(1, AdjustmentFlow.Notifications(world, world.Rep));
        Assert.IsEmpty(AdjustmentFlow.Notifications(world, world.OtherRep));
    }
}
