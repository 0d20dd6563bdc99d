using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Goals;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Goals;

/// <summary>
/// Rule 6 through the goal steps: only the Sales Goal Manager role, held by the acting user directly or through one
/// of the user's own teams, lets someone other than the goal's manager change a rep's target; the acting user's teams
/// also make a team goal "their own".
/// </summary>
[TestClass]
public sealed class ActorResolverTests
{
    private const string NotManager = "Only the manager of goal \"March\" or a goal manager can change its targets.";

    private static string? TargetChangeRefusal(GoalWorld world, Guid user, Guid goal)
    {
        try
        {
            world.Env.GetOrganizationService(user).Update(new Entity(SgGoal.LogicalName, goal) { [F.TargetValue] = 550_000m });
            return null;
        }
        catch (System.ServiceModel.FaultException<OrganizationServiceFault> fault)
        {
            return fault.Detail.Message;
        }
    }

    [TestMethod]
    [DataRow("direct")]
    [DataRow("team")]
    public void Update_UserHoldingAnotherRoleByName_IsRefusedAsNotTheGoalsManager(string how)
    {
        // Arrange: Olivia holds the goals' rep role (not the goal-manager one), directly or through her team.
        var world = GoalWorld.Create();
        var ops = world.Env.Seed.User("Olivia Ops", languageId: 1033);
        var team = world.Env.Seed.Team("Field Sales", null, ops);
        if (how == "direct")
        {
            world.Env.Seed.AssignRole(ops, "Sales Rep (Goals)");
        }
        else
        {
            world.Env.Seed.AssignTeamRole(team, "Sales Rep (Goals)");
        }

        var id = world.Goal("March").Month(3).Active().Create();

        // Act
        var message = TargetChangeRefusal(world, ops, id);

        // Assert
        Assert.AreEqual(NotManager, message);
        Assert.AreEqual(500_000m, world.Read(id).GetAttributeValue<decimal>(F.TargetValue));
    }

    [TestMethod]
    public void Update_UserWhoseOwnTeamLacksTheRoleWhileAnotherTeamHoldsIt_IsRefused()
    {
        // Arrange: the goal-manager role sits on a team of someone else; Olivia's own team has no role.
        var world = GoalWorld.Create();
        var ops = world.Env.Seed.User("Olivia Ops", languageId: 1033);
        var other = world.Env.Seed.User("Oscar Ops", languageId: 1033);
        world.Env.Seed.Team("Field Sales", null, ops);
        var operations = world.Env.Seed.Team("Sales Operations", null, other);
        world.Env.Seed.AssignTeamRole(operations, PlatformTables.GoalManagerRoleName);
        var id = world.Goal("March").Month(3).Active().Create();

        // Act
        var refused = TargetChangeRefusal(world, ops, id);
        var allowed = TargetChangeRefusal(world, other, id);

        // Assert
        Assert.AreEqual(NotManager, refused);
        Assert.IsNull(allowed, "the member of the team holding the role may change it");
        Assert.AreEqual(550_000m, world.Read(id).GetAttributeValue<decimal>(F.TargetValue));
    }

    [TestMethod]
    public void Update_GoalManagerWhoIsAlsoInATeamWithoutRoles_KeepsTheRole()
    {
        // Arrange: the director holds the role directly and belongs to a team holding none.
        var world = GoalWorld.Create();
        world.Env.Seed.Team("Leadership", null, world.Director);
        var id = world.Goal("March").Month(3).Active().Create();

        // Act
        var message = TargetChangeRefusal(world, world.Director, id);

        // Assert
        Assert.IsNull(message);
        Assert.AreEqual(550_000m, world.Read(id).GetAttributeValue<decimal>(F.TargetValue));
    }

    [TestMethod]
    [DataRow(1033, "You cannot change the targets of your own goal \"East team March\".")]
    [DataRow(2052, "您不能修改自己的目标“East team March”。")]
    public void Update_MemberChangesTheTargetOfTheirTeamsGoal_IsRefusedAsTheirOwnGoal(int language, string expected)
    {
        // Arrange: the rep is a member of the team the goal is assigned to (and not the goal's manager).
        var world = GoalWorld.Create();
        world.Env.Seed.UserLanguage(world.Rep, language);
        var team = world.Env.Seed.Team("East team", null, world.Rep);
        var id = world.Goal("East team March").Month(3).Active()
            .With(F.AssigneeUserId, null).With(F.AssigneeTeamId, new EntityReference("team", team)).Create();

        // Act
        var message = TargetChangeRefusal(world, world.Rep, id);

        // Assert
        Assert.IsNotNull(message);
        StringAssert.StartsWith(message, expected);
        Assert.AreEqual(500_000m, world.Read(id).GetAttributeValue<decimal>(F.TargetValue));
    }

    [TestMethod]
    public void Resolve_UserInNoTeam_AsksNoTeamRoles()
    {
        var world = GoalWorld.Create();
        var service = new ReadCountingService(world.AsSystem);

        var actor = ActorResolver.Resolve(service, world.Rep);

        Assert.IsFalse(actor.HasGoalManagerRole);
        Assert.IsEmpty(actor.TeamIds);
        Assert.AreEqual(2, service.Queries, "the user's roles and teams; no team, no third query");
    }

    [TestMethod]
    public void Resolve_UserInTwoTeamsHoldingTheRole_ReadsOneRoleRowForThem()
    {
        // Arrange: both of Olivia's teams hold the goal-manager role; she holds no role herself.
        var world = GoalWorld.Create();
        var ops = world.Env.Seed.User("Olivia Ops", languageId: 1033);
        var first = world.Env.Seed.Team("Sales Operations", null, ops);
        var second = world.Env.Seed.Team("Planning", null, ops);
        world.Env.Seed.AssignTeamRole(first, PlatformTables.GoalManagerRoleName);
        world.Env.Seed.AssignTeamRole(second, PlatformTables.GoalManagerRoleName);
        var service = new ReadCountingService(world.AsSystem);

        // Act
        var actor = ActorResolver.Resolve(service, ops);

        // Assert: no direct role, two memberships, one role row (one is enough to know)
        Assert.IsTrue(actor.HasGoalManagerRole);
        CollectionAssert.AreEquivalent(new[] { first, second }, actor.TeamIds.ToArray());
        Assert.AreEqual((3, 3), (service.Queries, service.Rows));
    }
}
