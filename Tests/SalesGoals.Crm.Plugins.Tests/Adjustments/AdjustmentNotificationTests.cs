using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Adjustments;

/// <summary>In-app notifications reach the people affected (goals.md §6), in each recipient's own language.</summary>
[TestClass]
public sealed class AdjustmentNotificationTests
{
    [TestMethod]
    public void Approve_TeamGoal_TellsEveryTeamMemberInTheirOwnLanguage()
    {
        var world = GoalWorld.Create();
        world.Env.Seed.UserLanguage(world.OtherRep, 2052);
        var team = world.Env.Seed.Team("East team", null, world.Rep, world.OtherRep);
        var goal = world.Goal("Q1 East team")
            .With(F.AssigneeUserId, null)
            .With(F.AssigneeTeamId, new EntityReference(PlatformTables.Team, team))
            .Active().Create();
        var request = world.Adjustment("Q1 East team down").Line(goal, newTarget: 450_000m).Submit(world.Manager);

        AdjustmentFlow.Approve(world, request, world.Director);

        var rep = AdjustmentFlow.Notifications(world, world.Rep).Single();
        Assert.AreEqual("Your goal was adjusted", rep.GetAttributeValue<string>(AppNotification.Fields.Title));
        StringAssert.Contains(rep.GetAttributeValue<string>(AppNotification.Fields.Body), "500,000.00 → 450,000.00");
        StringAssert.Contains(rep.GetAttributeValue<string>(AppNotification.Fields.Data), "etn=sg_goal&id=" + goal.ToString("D"), "the card opens the goal");
        var other = AdjustmentFlow.Notifications(world, world.OtherRep).Single();
        Assert.AreEqual("您的目标已调整", other.GetAttributeValue<string>(AppNotification.Fields.Title));
        StringAssert.Contains(other.GetAttributeValue<string>(AppNotification.Fields.Body), "审批人 Dana Director");
    }

    [TestMethod]
    public void Submit_GoalWhoseManagerHasNoManager_TellsTheGoalManagersButNotTheRequester()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 East").With(F.ManagerId, new EntityReference(PlatformTables.SystemUser, world.Director)).Active().Create();

        world.Adjustment("Q1 East down").Line(goal, newTarget: 450_000m).Submit(world.Manager);

        Assert.HasCount(1, AdjustmentFlow.Notifications(world, world.Director));
        Assert.IsEmpty(AdjustmentFlow.Notifications(world, world.Manager), "the requester does not approve their own request");
        Assert.IsEmpty(AdjustmentFlow.Notifications(world, world.Rep));
    }

    [TestMethod]
    public void Submit_GoalWhoseManagerHasNoManager_AlsoTellsHoldersOfTheRoleThroughATeam()
    {
        var world = GoalWorld.Create();
        var ops = world.Env.Seed.User("Olivia Ops", languageId: 1033);
        var team = world.Env.Seed.Team("Sales Operations", null, ops);
        world.Env.Seed.AssignTeamRole(team, PlatformTables.GoalManagerRoleName);
        var goal = world.Goal("Q1 East").With(F.ManagerId, new EntityReference(PlatformTables.SystemUser, world.Director)).Active().Create();

        world.Adjustment("Q1 East down").Line(goal, newTarget: 450_000m).Submit(world.Manager);

        Assert.HasCount(1, AdjustmentFlow.Notifications(world, ops));
        Assert.HasCount(1, AdjustmentFlow.Notifications(world, world.Director));
    }
}
