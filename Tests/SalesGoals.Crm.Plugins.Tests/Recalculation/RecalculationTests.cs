using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Recalculation;

[TestClass]
public sealed class RecalculationTests
{
    private static readonly DateTime InQ1 = new(2026, 2, 10);

    // Each run builds a fresh local Dataverse, so keep the count modest (the suite must stay fast).
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(15);

    private static readonly Gen<(int Kind, int Which, int Size)> Event =
        from kind in Gen.Choose(0, 9)
        from which in Gen.Choose(0, 2)
        from size in Gen.Choose(1, 9)
        select (kind, which, size);

    [TestMethod]
    public void Activate_GoalCreatedAfterDealsWereWon_PicksThemUp()
    {
        var world = GoalWorld.Create();
        world.Win(world.Opportunity(world.Rep), 40_000m, InQ1);
        world.Win(world.Opportunity(world.Rep), 60_000m, new DateTime(2026, 3, 30));
        world.Win(world.Opportunity(world.Rep), 99_000m, new DateTime(2026, 4, 1));
        var goal = world.Goal("Q1").Create();
        Assert.AreEqual(0m, world.Actual(goal), "a draft goal counts nothing");

        world.AsManager.Update(new Entity(SgGoal.LogicalName, goal) { [F.GoalStatus] = new OptionSetValue(SgGoal.Options.StatusActive) });

        Assert.AreEqual(100_000m, world.Actual(goal));
        Assert.HasCount(2, world.Contributions(goal));
    }

    [TestMethod]
    public void CreateActive_AfterDealsWereWon_PicksThemUp()
    {
        var world = GoalWorld.Create();
        world.Win(world.Opportunity(world.Rep), 40_000m, InQ1);

        var goal = world.Goal("Q1").Active().Create();

        Assert.AreEqual(40_000m, world.Actual(goal));
    }

    [TestMethod]
    public void RecalculateGoal_RepairsDriftOnTheLeafAndItsParent()
    {
        var world = GoalWorld.Create();
        var root = world.Goal("2026").Year().Tiers(null, 2_000_000m, null).SplitBy(100000001).Create();
        var leaf = world.Goal("Q1").Parent(root).Active().Create();
        world.Win(world.Opportunity(world.Rep), 40_000m, InQ1);
        world.AsSystem.Update(new Entity(SgGoal.LogicalName, leaf) { [F.Actual] = 1m, [F.ActualNumerator] = 1m });

        var actual = world.Recalculate(root);

        Assert.AreEqual(40_000m, actual);
        Assert.AreEqual(40_000m, world.Actual(leaf));
        Assert.AreEqual(40_000m, world.Actual(root));
    }

    /// <summary>Random sequences of win / lose / reopen / amount edit / delete over a few deals, and of
    /// create / state change / amount edit / owner (un)mapping / delete over a few external deals, end
    /// with every goal's incremental actual equal to a full recalculation from the source records.</summary>
    [TestMethod]
    public void RandomEventSequences_EndWithActualsEqualToAFullRecalculation()
    {
        Check.One(Runs, Prop.ForAll(Gen.ListOf(Event).ToArbitrary(), sequence =>
        {
            var world = GoalWorld.Create();
            var root = world.Goal("2026").Year().Tiers(null, 2_000_000m, null).SplitBy(100000001).Create();
            var leaf = world.Goal("Q1").Parent(root).Active().Create();
            var deals = new List<Guid?> { world.Opportunity(world.Rep), world.Opportunity(world.Rep), world.Opportunity(world.Rep) };
            var external = new List<Guid?> { null, null, null };
            foreach (var (kind, which, size) in sequence.Take(12))
            {
                if (kind < 5)
                {
                    Apply(world, deals, kind, which, size * 10_000m);
                }
                else
                {
                    ApplyExternal(world, external, kind, which, size * 10_000m);
                }
            }

            var incremental = (world.Actual(leaf), world.Actual(root));
            var recalculated = world.Recalculate(root);
            return incremental.Item1 == recalculated && incremental.Item2 == recalculated;
        }));
    }

    private static void Apply(GoalWorld world, List<Guid?> deals, int kind, int which, decimal amount)
    {
        if (deals[which] is not { } deal)
        {
            return;
        }

        var state = world.AsSystem.Retrieve(OpportunityTable.LogicalName, deal, new Microsoft.Xrm.Sdk.Query.ColumnSet(OpportunityTable.Fields.StateCode))
            .GetAttributeValue<OptionSetValue>(OpportunityTable.Fields.StateCode).Value;
        switch (kind)
        {
            case 0 when state == OpportunityTable.States.Open:
                world.Win(deal, amount, InQ1);
                break;
            case 1 when state == OpportunityTable.States.Open:
                world.Lose(deal, InQ1);
                break;
            case 2 when state != OpportunityTable.States.Open:
                world.Reopen(deal);
                break;
            case 3:
                world.AsManager.Update(new Entity(OpportunityTable.LogicalName, deal) { [OpportunityTable.Fields.ActualValue] = new Money(amount) });
                break;
            case 4:
                world.AsManager.Delete(OpportunityTable.LogicalName, deal);
                deals[which] = null;
                break;
        }
    }

    private static void ApplyExternal(GoalWorld world, List<Guid?> deals, int kind, int which, decimal amount)
    {
        if (deals[which] is not { } deal)
        {
            if (kind == 5)
            {
                deals[which] = world.Sources.ExternalDeal(world.Rep, amount, InQ1);
            }

            return;
        }

        switch (kind)
        {
            case 6:
                var state = amount > 50_000m ? SgExternalActual.Options.DealLost : SgExternalActual.Options.DealOpen;
                world.Sources.UpdateExternal(deal, SgExternalActual.Fields.DealState, new OptionSetValue(amount > 20_000m ? state : SgExternalActual.Options.DealWon));
                break;
            case 7:
                world.Sources.UpdateExternal(deal, SgExternalActual.Fields.Amount, new Money(amount));
                break;
            case 8:
                world.Sources.UpdateExternal(deal, SgExternalActual.Fields.OwnerUserId, amount > 50_000m ? null : new EntityReference("systemuser", world.Rep));
                break;
            case 9:
                world.AsSystem.Delete(SgExternalActual.LogicalName, deal);
                deals[which] = null;
                break;
        }
    }
}
