using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Tests.Support;

namespace SalesGoals.Crm.Plugins.Tests.Planning;

/// <summary>Goals below a plan's goals that an edited plan no longer names: reported and kept, or deactivated on request.</summary>
[TestClass]
public sealed class PlanRemovalTests
{
    private const string OlgaHardware = "East / Olga / Hardware";

    private static PlanBuilder PlanWithOlgasHardware(GoalWorld world)
    {
        var plan = new PlanBuilder(world);
        plan[PlanBuilder.Olga].SplitAxis = "Dimension";
        var hardware = plan.Goal(OlgaHardware, PlanBuilder.Olga, world.OtherRep, 400m, "None");
        (hardware.Name, hardware.ProductLine) = ("Hardware", 100000000);
        return plan.Add(hardware);
    }

    private static int StateOf(Entity goal) => goal.GetAttributeValue<OptionSetValue>("statecode")?.Value ?? 0;

    [TestMethod]
    [DataRow("East / Olga", "East / Olga")]
    [DataRow("Olga", "East / Olga")]
    [DataRow("Olga (East)", "East / Olga (East)")]
    public void Apply_PlanWithoutAGoal_ReportsItAndItsChildrenByPathAndKeepsThem(string olgasName, string expectedPath)
    {
        var world = GoalWorld.Create();
        var plan = PlanWithOlgasHardware(world);
        plan[PlanBuilder.Olga].Name = olgasName;
        plan.Apply();

        var outcome = plan.Without(PlanBuilder.Olga).Without(OlgaHardware).Apply();

        Assert.AreEqual((0, 0, 2, 0), (outcome.Created, outcome.Updated, outcome.Unchanged, outcome.Activated));
        CollectionAssert.AreEqual(new[] { expectedPath, expectedPath + " / Hardware" }, outcome.Removed.Select(r => r.Path).ToArray());
        Assert.IsTrue(outcome.Removed.All(r => !r.Deactivated && !r.Locked && r.LedgerRows == 0));
        Assert.IsTrue(plan.StoredGoals().All(g => StateOf(g) == 0), "kept active");
    }

    [TestMethod]
    public void Apply_PlanWithoutAGoalAndRemoveMissing_DeactivatesItAndItsChildren()
    {
        var world = GoalWorld.Create();
        var plan = PlanWithOlgasHardware(world);
        plan.Apply();
        plan.Document.RemoveMissing = true;

        var outcome = plan.Without(PlanBuilder.Olga).Without(OlgaHardware).Apply();

        Assert.HasCount(2, outcome.Removed);
        Assert.IsTrue(outcome.Removed.All(r => r.Deactivated));
        var olga = plan.Stored(PlanBuilder.Olga);
        Assert.AreEqual((1, 2), (StateOf(olga), olga.GetAttributeValue<OptionSetValue>("statuscode").Value));
        Assert.AreEqual(1, StateOf(plan.Stored("Hardware")));
        Assert.AreEqual(0, StateOf(plan.Stored(PlanBuilder.Ray)));
        Assert.AreEqual(Guid.Empty, outcome.Removed.Select(r => r.Id).Except(new[] { olga.Id, plan.Stored("Hardware").Id }).FirstOrDefault());
    }

    [TestMethod]
    public void Apply_RemoveMissingWhenNothingIsMissing_ChangesNothing()
    {
        var world = GoalWorld.Create();
        var plan = new PlanBuilder(world);
        plan.Apply();
        plan.Document.RemoveMissing = true;

        var outcome = plan.Apply();

        Assert.AreEqual((0, 0, 3, 0), (outcome.Created, outcome.Updated, outcome.Unchanged, outcome.Activated));
        Assert.IsEmpty(outcome.Removed);
    }

    [TestMethod]
    [DataRow(false, 1033, null)]
    [DataRow(true, 1033, "East / Olga: the plan removes this goal, but it is locked; submit an adjustment request (sg_goaladjustment), or keep it (no --remove-missing).")]
    [DataRow(true, 2052, "East / Olga：规划已删除该目标，但它已锁定；请提交目标调整申请（sg_goaladjustment），或不使用 --remove-missing 保留它。")]
    public void Apply_RemovingALockedGoal_IsReportedAndRefusedOnlyWithRemoveMissing(bool removeMissing, int language, string? expected)
    {
        var world = GoalWorld.Create();
        world.Env.Seed.UserLanguage(world.Manager, language);
        var plan = new PlanBuilder(world);
        plan.Document.Activate = true;
        plan[PlanBuilder.Olga].Locked = true;
        plan.Apply();
        plan.Document.RemoveMissing = removeMissing;
        plan.Without(PlanBuilder.Olga);

        if (expected is null)
        {
            var outcome = plan.Apply();
            Assert.IsTrue(outcome.Removed.Single().Locked);
        }
        else
        {
            StringAssert.Contains(Faults.MessageOf(() => plan.Apply()), expected);
        }

        Assert.AreEqual(0, StateOf(plan.Stored(PlanBuilder.Olga)));
    }

    [TestMethod]
    [DataRow(false, 1033, null)]
    [DataRow(true, 1033, "East / Olga: the plan removes this goal, but {0} ledger row(s) count toward it (and its ancestors)")]
    [DataRow(true, 2052, "East / Olga：规划已删除该目标，但已有 {0} 条业绩记录计入它（及其上级）")]
    public void Apply_RemovingAGoalWithLedgerRows_IsReportedAndRefusedOnlyWithRemoveMissing(bool removeMissing, int language, string? expected)
    {
        var world = GoalWorld.Create();
        world.Env.Seed.UserLanguage(world.Manager, language);
        var plan = new PlanBuilder(world);
        plan.Document.Activate = true;
        plan.Apply();
        world.Win(world.Opportunity(world.OtherRep), 50_000m, new DateTime(2026, 3, 10), world.OtherRep);
        world.Win(world.Opportunity(world.OtherRep), 20_000m, new DateTime(2026, 3, 11), world.OtherRep);
        var rows = world.Contributions(plan.Stored(PlanBuilder.Olga).Id).Count;
        plan.Document.RemoveMissing = removeMissing;
        plan.Without(PlanBuilder.Olga);

        if (expected is null)
        {
            Assert.AreEqual(rows, plan.Apply().Removed.Single().LedgerRows);
            Assert.IsGreaterThanOrEqualTo(2, rows);
        }
        else
        {
            StringAssert.Contains(Faults.MessageOf(() => plan.Apply()), string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, rows));
        }

        Assert.AreEqual(0, StateOf(plan.Stored(PlanBuilder.Olga)));
    }
}
