using System;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.Plugins.Tests.Support;
using L = SalesGoals.Crm.Plugins.Schema.LeadTable;

namespace SalesGoals.Crm.Plugins.Tests.Attainment;

/// <summary>Leads created: a new lead counts for its owner on its creation date (GoalWorld.Now, 15 Feb 2026); deleting reverses; reassigning moves it.</summary>
[TestClass]
public sealed class LeadAttainmentTests
{
    private static (GoalWorld World, Guid Root, Guid Leaf) Hierarchy()
    {
        var world = GoalWorld.Create();
        var root = world.Goal("2026 leads").Metric(MetricCodes.LeadsCreated).Year().Tiers(null, 800m, null).SplitBy(100000001).Create();
        var leaf = world.Goal("Q1 leads").Metric(MetricCodes.LeadsCreated).Tiers(null, 200m, null).Parent(root).Active().Create();
        return (world, root, leaf);
    }

    [TestMethod]
    public void Create_TwoLeads_CountTwoOnTheLeafAndAncestor_ReplayChangesNothing()
    {
        var (world, root, leaf) = Hierarchy();

        var first = world.Sources.Lead(world.Rep);
        world.Sources.Lead(world.Rep);
        Replay.Record(world, L.LogicalName, first);

        Assert.AreEqual(2m, world.Actual(leaf));
        Assert.AreEqual(2m, world.Actual(root));
    }

    [TestMethod]
    public void Delete_Lead_IsReversed_ReplayChangesNothing()
    {
        var (world, root, leaf) = Hierarchy();
        var lead = world.Sources.Lead(world.Rep);

        world.AsManager.Delete(L.LogicalName, lead);
        Replay.Deleted(world, L.LogicalName, lead);

        Assert.AreEqual(0m, world.Actual(leaf));
        Assert.AreEqual(0m, world.Actual(root));
        Assert.IsEmpty(world.Contributions(leaf));
    }

    [TestMethod]
    public void Update_OwnerChanged_MovesTheLeadToTheNewOwnersGoal()
    {
        var (world, _, mine) = Hierarchy();
        var hers = world.Goal("Q1 leads Olga").Metric(MetricCodes.LeadsCreated).Tiers(null, 200m, null).Assignee(world.OtherRep).Active().Create();
        var lead = world.Sources.Lead(world.Rep);

        world.AsManager.Update(new Entity(L.LogicalName, lead) { [L.Fields.OwnerId] = new EntityReference("systemuser", world.OtherRep) });

        Assert.AreEqual(0m, world.Actual(mine));
        Assert.AreEqual(1m, world.Actual(hers));
    }

    [TestMethod]
    public void Create_LeadOutsideThePeriod_DoesNotCount()
    {
        var world = GoalWorld.Create();
        var march = world.Goal("Mar leads").Metric(MetricCodes.LeadsCreated).Month(3).Tiers(null, 50m, null).Active().Create();
        var february = world.Goal("Feb leads").Metric(MetricCodes.LeadsCreated).Month(2).Tiers(null, 50m, null).Active().Create();

        world.Sources.Lead(world.Rep);

        Assert.AreEqual(0m, world.Actual(march));
        Assert.AreEqual(1m, world.Actual(february));
    }

    [TestMethod]
    public void AssignMessage_ToAnotherRep_MovesTheLeadToTheirGoal()
    {
        var (world, root, mine) = Hierarchy();
        var hers = world.Goal("Q1 leads Olga").Metric(MetricCodes.LeadsCreated).Tiers(null, 200m, null).Assignee(world.OtherRep).Active().Create();
        var lead = world.Sources.Lead(world.Rep);

        world.AsManager.Execute(new Microsoft.Crm.Sdk.Messages.AssignRequest
        {
            Target = new EntityReference(L.LogicalName, lead),
            Assignee = new EntityReference("systemuser", world.OtherRep),
        });

        Assert.AreEqual(0m, world.Actual(mine));
        Assert.AreEqual(1m, world.Actual(hers));
        Assert.AreEqual(0m, world.Actual(root), "the lead left the rep's tree");
    }
}
