using System;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Goals;

/// <summary>The columns the goal steps own: owner, lock and unallocated target, as a manager sees them on the goal.</summary>
[TestClass]
public sealed class GoalOwnColumnsTests
{
    [TestMethod]
    [DataRow("quarter", true, true)]
    [DataRow("year", true, true)]
    [DataRow("quarter", false, false)]
    [DataRow("month", true, false)]
    public void Create_GoalOfAPeriodType_IsLockedOnlyWhenActiveAndLongTerm(string period, bool active, bool locked)
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("East");
        _ = period switch
        {
            "year" => goal.Year().Tiers(null, 500_000m, null),
            "month" => goal.Month(3),
            _ => goal,
        };
        if (active)
        {
            goal.Active();
        }

        var id = goal.Create();

        Assert.AreEqual(locked, world.Read(id).GetAttributeValue<bool?>(F.IsLocked) ?? false);
    }

    [TestMethod]
    public void Create_TeamGoal_IsOwnedByTheTeam()
    {
        var world = GoalWorld.Create();
        var team = world.Env.Seed.Team("East team", null, world.Rep);

        var id = world.Goal("East team Q1").With(F.AssigneeUserId, null).With(F.AssigneeTeamId, new EntityReference("team", team)).Create();

        var owner = world.Read(id).GetAttributeValue<EntityReference>(F.OwnerId);
        Assert.AreEqual(("team", team), (owner.LogicalName, owner.Id));
    }

    [TestMethod]
    [DataRow(900_000, 500_000)]
    [DataRow(400_000, 0)]
    public void Update_ParentTargetWithChildren_ShowsWhatIsLeftToAllocate(int newTarget, int unallocated)
    {
        var world = GoalWorld.Create();
        var parent = world.Goal("2026").Year().Tiers(null, 1_000_000m, null).SplitBy(100000003).Create();
        world.Goal("2026 hardware").Year().Tiers(null, 400_000m, null).Parent(parent, 100000000).Create();

        world.AsManager.Update(new Entity(SgGoal.LogicalName, parent) { [F.TargetValue] = (decimal)newTarget });

        Assert.AreEqual((decimal)unallocated, world.Read(parent).GetAttributeValue<decimal?>(F.Unallocated));
    }

    [TestMethod]
    public void Update_GoalWithoutChildren_HasNoUnallocatedFigure()
    {
        var world = GoalWorld.Create();
        var id = world.Goal("March").Month(3).Create();

        world.AsManager.Update(new Entity(SgGoal.LogicalName, id) { [F.TargetValue] = 450_000m });

        Assert.IsNull(world.Read(id).GetAttributeValue<decimal?>(F.Unallocated));
    }

    [TestMethod]
    [DataRow(1033, "your own goal")]
    [DataRow(2052, "您不能修改自己的目标")]
    public void Delete_RepDeletesOwnDraftGoal_IsRefusedAndKept(int language, string expected)
    {
        var world = GoalWorld.Create();
        world.Env.Seed.UserLanguage(world.Rep, language);
        var id = world.Goal("March").Month(3).Create();

        var message = Faults.MessageOf(() => world.AsRep.Delete(SgGoal.LogicalName, id));

        StringAssert.Contains(message, expected);
        Assert.AreEqual("March", world.Read(id).GetAttributeValue<string>(F.Name));
    }
}
