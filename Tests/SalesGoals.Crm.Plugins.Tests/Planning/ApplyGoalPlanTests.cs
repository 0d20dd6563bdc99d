using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Planning;

/// <summary>sg_ApplyGoalPlan through the local pipeline: what a plan creates, updates, leaves alone and activates.</summary>
[TestClass]
public sealed class ApplyGoalPlanTests
{
    [TestMethod]
    public void Apply_NewPlan_CreatesEveryGoalAsDraftWithThePlansColumns()
    {
        var world = GoalWorld.Create();
        var plan = new PlanBuilder(world);
        plan[PlanBuilder.Root].OverAssignmentPct = 5m;

        var outcome = plan.Apply();

        Assert.AreEqual((3, 0, 0, 0), (outcome.Created, outcome.Updated, outcome.Unchanged, outcome.Activated));
        Assert.IsEmpty(outcome.Removed);
        var root = plan.Stored(PlanBuilder.Root);
        var ray = plan.Stored(PlanBuilder.Ray);
        Assert.AreEqual("FY2026 East", root.GetAttributeValue<string>(F.Strategy), "a root without its own strategy serves the plan's");
        Assert.IsNull(ray.GetAttributeValue<string>(F.Strategy));
        Assert.IsNull(root.GetAttributeValue<EntityReference>(F.ParentGoalId));
        Assert.AreEqual(root.Id, ray.GetAttributeValue<EntityReference>(F.ParentGoalId).Id);
        Assert.AreEqual(world.Director, root.GetAttributeValue<EntityReference>(F.AssigneeUserId).Id);
        Assert.AreEqual(world.Rep, ray.GetAttributeValue<EntityReference>(F.AssigneeUserId).Id);
        Assert.AreEqual(world.Manager, ray.GetAttributeValue<EntityReference>(F.ManagerId).Id);
        Assert.AreEqual(world.Metric("won-revenue").Id, ray.GetAttributeValue<EntityReference>(F.MetricId).Id);
        Assert.AreEqual(world.BaseCurrency, ray.GetAttributeValue<EntityReference>(F.CurrencyId).Id);
        Assert.AreEqual(100000002, ray.GetAttributeValue<OptionSetValue>(F.PeriodType).Value, "Month");
        Assert.AreEqual(new DateTime(2026, 3, 1), ray.GetAttributeValue<DateTime>(F.PeriodStart).Date);
        Assert.AreEqual(new DateTime(2026, 3, 31), ray.GetAttributeValue<DateTime>(F.PeriodEnd).Date);
        Assert.AreEqual((500m, 600m, 700m), (ray.GetAttributeValue<decimal>(F.BaseValue), ray.GetAttributeValue<decimal>(F.TargetValue), ray.GetAttributeValue<decimal>(F.StretchValue)));
        Assert.AreEqual(SgGoal.Options.First + 2, root.GetAttributeValue<OptionSetValue>(F.SplitAxis).Value, "Assignee");
        Assert.AreEqual(SgGoal.Options.First, ray.GetAttributeValue<OptionSetValue>(F.SplitAxis).Value, "None");
        Assert.AreEqual(5m, root.GetAttributeValue<decimal>(F.OverAssignmentPct));
        Assert.IsTrue(plan.StoredGoals().All(g => g.GetAttributeValue<OptionSetValue>(F.GoalStatus).Value == SgGoal.Options.StatusDraft));
    }

    [TestMethod]
    public void Apply_TeamGoalWithDimensionsAndOwnStrategy_WritesThem()
    {
        var world = GoalWorld.Create();
        var team = world.Env.Seed.Team("East team", null, world.Rep);
        var plan = new PlanBuilder(world).Without(PlanBuilder.Ray).Without(PlanBuilder.Olga);
        var root = plan[PlanBuilder.Root];
        (root.UserId, root.TeamId, root.ManagerId, root.Strategy, root.SplitAxis) = (null, team, null, "Win the coast", "None");
        (root.ProductLine, root.Region, root.Segment) = (100000001, 100000002, 100000003);

        plan.Apply();

        var row = plan.Stored(PlanBuilder.Root);
        Assert.AreEqual(team, row.GetAttributeValue<EntityReference>(F.AssigneeTeamId).Id);
        Assert.IsNull(row.GetAttributeValue<EntityReference>(F.AssigneeUserId));
        Assert.IsNull(row.GetAttributeValue<EntityReference>(F.ManagerId));
        Assert.AreEqual("Win the coast", row.GetAttributeValue<string>(F.Strategy));
        Assert.AreEqual(100000001, row.GetAttributeValue<OptionSetValue>(F.ProductLine).Value);
        Assert.AreEqual(100000002, row.GetAttributeValue<OptionSetValue>(F.Region).Value);
        Assert.AreEqual(100000003, row.GetAttributeValue<OptionSetValue>(F.CustomerSegment).Value);
    }

    [TestMethod]
    public void Apply_SamePlanAgain_ChangesNothing()
    {
        var world = GoalWorld.Create();
        var plan = new PlanBuilder(world);
        plan.Apply();
        var versions = plan.StoredGoals().ToDictionary(g => g.Id, g => g.GetAttributeValue<long>("versionnumber"));

        var outcome = plan.Apply();

        Assert.AreEqual((0, 0, 3, 0), (outcome.Created, outcome.Updated, outcome.Unchanged, outcome.Activated));
        CollectionAssert.AreEquivalent(versions, plan.StoredGoals().ToDictionary(g => g.Id, g => g.GetAttributeValue<long>("versionnumber")));
    }

    [TestMethod]
    [DataRow("name")]
    [DataRow("manager")]
    [DataRow("no manager")]
    [DataRow("split axis")]
    [DataRow("over-assignment")]
    [DataRow("target")]
    [DataRow("base")]
    [DataRow("stretch")]
    public void Apply_OneSettingOfADraftGoalChanged_UpdatesOnlyThatGoal(string setting)
    {
        var world = GoalWorld.Create();
        var plan = new PlanBuilder(world);
        plan.Apply();
        var ray = plan[PlanBuilder.Ray];
        switch (setting)
        {
            case "name": ray.Name = "Ray (East)"; break;
            case "manager": ray.ManagerId = world.Director; break;
            case "no manager": ray.ManagerId = null; break;
            case "split axis": ray.SplitAxis = "Time"; break;
            case "over-assignment": ray.OverAssignmentPct = 10m; break;
            case "target": ray.Target = 650m; break;
            case "base": ray.Base = null; break;
            case "stretch": ray.Stretch = 750m; break;
            default: throw new ArgumentOutOfRangeException(nameof(setting));
        }

        var outcome = plan.Apply();

        Assert.AreEqual((0, 1, 2, 0), (outcome.Created, outcome.Updated, outcome.Unchanged, outcome.Activated));
        var row = plan.StoredGoals().Single(g => g.GetAttributeValue<EntityReference>(F.AssigneeUserId)?.Id == world.Rep);
        Assert.AreEqual(ray.Name, row.GetAttributeValue<string>(F.Name));
        Assert.AreEqual(ray.ManagerId, row.GetAttributeValue<EntityReference>(F.ManagerId)?.Id);
        Assert.AreEqual(ray.SplitAxis == "Time" ? SgGoal.Options.First + 1 : SgGoal.Options.First, row.GetAttributeValue<OptionSetValue>(F.SplitAxis).Value);
        Assert.AreEqual(ray.OverAssignmentPct, row.GetAttributeValue<decimal?>(F.OverAssignmentPct) ?? 0m);
        Assert.AreEqual((ray.Base, ray.Target, ray.Stretch), (row.GetAttributeValue<decimal?>(F.BaseValue), row.GetAttributeValue<decimal>(F.TargetValue), row.GetAttributeValue<decimal?>(F.StretchValue)));
    }

    [TestMethod]
    public void Apply_WithActivate_ActivatesEveryGoalAndLocksTheLongTermOnes()
    {
        var world = GoalWorld.Create();
        var plan = new PlanBuilder(world);
        plan.Document.Activate = true;
        plan[PlanBuilder.Root].Locked = true;

        var outcome = plan.Apply();

        Assert.AreEqual((3, 0, 0, 3), (outcome.Created, outcome.Updated, outcome.Unchanged, outcome.Activated));
        Assert.IsTrue(plan.StoredGoals().All(g => g.GetAttributeValue<OptionSetValue>(F.GoalStatus).Value == SgGoal.Options.StatusActive));
        Assert.IsTrue(plan.Stored(PlanBuilder.Root).GetAttributeValue<bool>(F.IsLocked));
        Assert.IsFalse(plan.Stored(PlanBuilder.Ray).GetAttributeValue<bool>(F.IsLocked), "a month goal is flexible");
    }

    [TestMethod]
    public void Apply_ActivateOnADraftPlanAppliedBefore_ActivatesTheExistingGoals()
    {
        var world = GoalWorld.Create();
        var plan = new PlanBuilder(world);
        plan.Apply();
        plan.Document.Activate = true;

        var activated = plan.Apply();
        var again = plan.Apply();

        Assert.AreEqual((0, 0, 3, 3), (activated.Created, activated.Updated, activated.Unchanged, activated.Activated));
        Assert.AreEqual((0, 0, 3, 0), (again.Created, again.Updated, again.Unchanged, again.Activated), "Active goals are not activated twice");
        Assert.IsTrue(plan.StoredGoals().All(g => g.GetAttributeValue<OptionSetValue>(F.GoalStatus).Value == SgGoal.Options.StatusActive));
    }

    [TestMethod]
    public void Apply_ParentWhoseChildrenDoNotCoverItsTarget_IsRefusedWithNothingWritten()
    {
        var world = GoalWorld.Create();
        var plan = new PlanBuilder(world);
        plan.Document.Activate = true;
        plan[PlanBuilder.Olga].Target = 300m;

        _ = Faults.MessageOf(() => plan.Apply());

        Assert.IsEmpty(plan.StoredGoals());
    }
}
