using System;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Recalculation;

/// <summary>#15: recalculating a goal also repairs the goals above it (each set to the sum of its children), not only the tree below it.</summary>
[TestClass]
public sealed class AncestorRepairTests
{
    [TestMethod]
    public void Recalculate_LeafUnderADriftedAncestor_AncestorBecomesTheSumOfItsChildren()
    {
        var world = GoalWorld.Create();
        var year = world.Goal("2026").Year().Tiers(null, 2_000_000m, null).SplitBy(100000001).Create();
        var q1 = world.Goal("Q1").Tiers(null, 500_000m, null).Parent(year).Active().Create();
        var q2 = world.Goal("Q2").Period(100000001, new DateTime(2026, 4, 1), new DateTime(2026, 6, 30)).Tiers(null, 500_000m, null).Parent(year).Active().Create();
        world.Win(world.Opportunity(world.Rep), 30_000m, new DateTime(2026, 2, 10));
        world.Win(world.Opportunity(world.Rep), 20_000m, new DateTime(2026, 2, 11));
        world.AsSystem.Update(new Entity(SgGoal.LogicalName, q2) { [F.Actual] = 7_000m, [F.ActualNumerator] = 7_000m });
        world.AsSystem.Update(new Entity(SgGoal.LogicalName, year) { [F.Actual] = 1m, [F.ActualNumerator] = 1m }); // drifted

        var actual = world.Recalculate(q1);

        Assert.AreEqual(50_000m, actual);
        Assert.AreEqual(57_000m, world.Actual(year), "the ancestor is the sum of its children (Q1 recalculated, Q2 as it stands)");
        Assert.IsNull(world.Read(year).GetAttributeValue<OptionSetValue>(F.RecalcStatus), "the ancestor was not recalculated, so its state is left alone");
    }

    [TestMethod]
    public void Recalculate_MiddleOfAThreeLevelTree_RepairsEveryLevelAbove()
    {
        var world = GoalWorld.Create();
        var company = world.Goal("Company 2026").Assignee(world.Manager).Year().Tiers(null, 9_000_000m, null).SplitBy(100000002).Create(); // split by assignee
        var year = world.Goal("Rep 2026").Year().Tiers(null, 2_000_000m, null).SplitBy(100000001).Parent(company).Create();
        var q1 = world.Goal("Q1").Tiers(null, 500_000m, null).Parent(year).Active().Create();
        world.Win(world.Opportunity(world.Rep), 40_000m, new DateTime(2026, 2, 10));
        world.AsSystem.Update(new Entity(SgGoal.LogicalName, year) { [F.Actual] = 3m, [F.ActualNumerator] = 3m });
        world.AsSystem.Update(new Entity(SgGoal.LogicalName, company) { [F.Actual] = 4m, [F.ActualNumerator] = 4m });

        world.Recalculate(q1);

        Assert.AreEqual(40_000m, world.Actual(year));
        Assert.AreEqual(40_000m, world.Actual(company));
    }
}
