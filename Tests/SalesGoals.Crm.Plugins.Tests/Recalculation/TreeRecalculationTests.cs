using System;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Recalculation;

/// <summary>Recalculating the top of a three-level tree walks into the middle parent, rebuilds its leaves (a closed
/// one too) and sets every parent to the sum of its children, each marked done.</summary>
[TestClass]
public sealed class TreeRecalculationTests
{
    [TestMethod]
    public void Recalculate_TopOfAThreeLevelTreeWithDriftEverywhere_EveryLevelRepairedAndDone()
    {
        // Arrange: company → rep year → Q1 (one win) and a closed Q2 (no records), every figure drifted.
        var world = GoalWorld.Create();
        var company = world.Goal("Company 2026").Assignee(world.Manager).Year().Tiers(null, 9_000_000m, null).SplitBy(100000002).Create();
        var year = world.Goal("Rep 2026").Year().Tiers(null, 2_000_000m, null).SplitBy(100000001).Parent(company).Create();
        var q1 = world.Goal("Q1").Tiers(null, 500_000m, null).Parent(year).Active().Create();
        var q2 = world.Env.Seed.Row(world.Goal("Q2").Period(100000001, new DateTime(2026, 4, 1), new DateTime(2026, 6, 30)).Tiers(null, 500_000m, null)
            .Parent(year).With(F.GoalStatus, new OptionSetValue(SgGoal.Options.StatusClosed)).Build());
        world.Win(world.Opportunity(world.Rep), 40_000m, new DateTime(2026, 2, 10));
        foreach (var (goal, drift) in new[] { (q1, 1m), (q2, 7_000m), (year, 3m), (company, 4m) })
        {
            world.AsSystem.Update(new Entity(SgGoal.LogicalName, goal) { [F.Actual] = drift, [F.ActualNumerator] = drift });
        }

        // Act
        var actual = world.Recalculate(company);

        // Assert
        Assert.AreEqual(40_000m, actual);
        Assert.AreEqual(40_000m, world.Actual(q1));
        Assert.AreEqual(0m, world.Actual(q2), "a closed goal is rebuilt too");
        Assert.AreEqual(40_000m, world.Actual(year));
        Assert.AreEqual(40_000m, world.Actual(company));
        foreach (var goal in new[] { q1, q2, year, company })
        {
            var row = world.Read(goal);
            Assert.AreEqual(SgGoal.Options.RecalcDone, row.GetAttributeValue<OptionSetValue>(F.RecalcStatus)?.Value, world.Read(goal).GetAttributeValue<string>(F.Name));
            Assert.IsNotNull(row.GetAttributeValue<DateTime?>(F.RecalcFinishedOn));
        }
    }

    [TestMethod]
    public void Recalculate_ParentBetweenTwoSiblingLeaves_WalksOnPastTheParentToTheLeafAfterIt()
    {
        // Arrange: under the company, in id order, a leaf (lowest id), the rep's year (a parent) and a leaf (highest id).
        var world = GoalWorld.Create();
        var third = world.Env.Seed.User("Tao Rep", languageId: 1033, managerId: world.Manager);
        var company = world.Goal("Company 2026").Assignee(world.Manager).Year().Tiers(null, 9_000_000m, null).SplitBy(100000002).Create();
        var year = world.Goal("Rep 2026").Year().Tiers(null, 2_000_000m, null).SplitBy(100000001).Parent(company).Create();
        var q1 = world.Goal("Q1").Tiers(null, 500_000m, null).Parent(year).Active().Create();
        var first = SeedLeaf(world, "Olga 2026", world.OtherRep, company, new Guid("00000000-0000-0000-0000-000000000001"));
        var last = SeedLeaf(world, "Tao 2026", third, company, new Guid("ffffffff-ffff-ffff-ffff-fffffffffffe"));
        world.Win(world.Opportunity(world.Rep), 40_000m, new DateTime(2026, 2, 10));
        world.Win(world.Opportunity(world.OtherRep), 500m, new DateTime(2026, 2, 10), world.OtherRep);
        world.Win(world.Opportunity(third), 700m, new DateTime(2026, 5, 10), third);
        foreach (var goal in new[] { q1, year, company, first, last })
        {
            world.AsSystem.Update(new Entity(SgGoal.LogicalName, goal) { [F.Actual] = 2m, [F.ActualNumerator] = 2m });
        }

        // Act
        var actual = world.Recalculate(company);

        // Assert
        Assert.AreEqual(500m, world.Actual(first));
        Assert.AreEqual(40_000m, world.Actual(year));
        Assert.AreEqual(700m, world.Actual(last), "the leaf after the parent is rebuilt too");
        Assert.AreEqual(41_200m, actual);
        Assert.AreEqual(SgGoal.Options.RecalcDone, world.Read(last).GetAttributeValue<OptionSetValue>(F.RecalcStatus)?.Value);
    }

    private static Guid SeedLeaf(GoalWorld world, string name, Guid rep, Guid parent, Guid id)
    {
        var row = world.Goal(name).Assignee(rep).Year().Tiers(null, 100_000m, null).Parent(parent).Active().Build();
        row.Id = id;
        row[F.Id] = id;
        return world.Env.Seed.Row(row);
    }
}
