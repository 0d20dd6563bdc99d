using System;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;
using L = SalesGoals.Crm.Plugins.Schema.SgGoalAdjustmentLine.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Adjustments;

/// <summary>
/// The apply writes decreases before increases and parents last, whatever order the lines are read in
/// (rows come back ordered by id, so the lines here get ids that put the risky line first).
/// </summary>
[TestClass]
public sealed class ApplyOrderTests
{
    [TestMethod]
    public void Approve_ReallocationWhoseIncreaseIsReadFirst_MovesTheTargetWithoutOverAssigningTheParent()
    {
        // Arrange
        var world = GoalWorld.Create();
        var goals = CompanyGoals.Create(world);
        var request = world.Adjustment("Move 5M").Reallocation(goals.Parent).Draft(world.Manager);
        AddLine(world, request, Ordered(1), goals.Services, 15_000_000m);
        AddLine(world, request, Ordered(2), goals.Software, 45_000_000m);
        AdjustmentFlow.Submit(world, request, world.Manager);

        // Act
        AdjustmentFlow.Approve(world, request, world.Director);

        // Assert
        Assert.AreEqual(SgGoalAdjustment.Options.StatusApplied, AdjustmentFlow.Status(world, request));
        Assert.AreEqual(45_000_000m, AdjustmentFlow.Target(world, goals.Software));
        Assert.AreEqual(15_000_000m, AdjustmentFlow.Target(world, goals.Services));
        Assert.AreEqual(0m, world.Read(goals.Parent).GetAttributeValue<decimal?>(F.Unallocated));
    }

    [TestMethod]
    [DataRow("Software market shrank", 95_000_000, nameof(CompanyGoals.Software), 45_000_000, DisplayName = "decrease of a child, parent read first")]
    [DataRow("Services grew", 105_000_000, nameof(CompanyGoals.Services), 15_000_000, DisplayName = "increase of a child, parent read first")]
    public void Approve_ParentLineReadBeforeItsChildsLine_LeavesTheParentFullyAllocated(string reason, int parentTarget, string child, int childTarget)
    {
        // Arrange
        var world = GoalWorld.Create();
        var goals = CompanyGoals.Create(world);
        var childGoal = child == nameof(CompanyGoals.Software) ? goals.Software : goals.Services;
        var request = world.Adjustment(reason).Draft(world.Manager);
        AddLine(world, request, Ordered(1), goals.Parent, parentTarget);
        AddLine(world, request, Ordered(2), childGoal, childTarget);
        AdjustmentFlow.Submit(world, request, world.Manager);

        // Act
        AdjustmentFlow.Approve(world, request, world.Director);

        // Assert
        Assert.AreEqual(SgGoalAdjustment.Options.StatusApplied, AdjustmentFlow.Status(world, request));
        Assert.AreEqual((decimal)parentTarget, AdjustmentFlow.Target(world, goals.Parent));
        Assert.AreEqual((decimal)childTarget, AdjustmentFlow.Target(world, childGoal));
        Assert.AreEqual(0m, world.Read(goals.Parent).GetAttributeValue<decimal?>(F.Unallocated));
    }

    /// <summary>An id that sorts by <paramref name="rank"/> (Guid order compares the last bytes after the zero ones).</summary>
    private static Guid Ordered(int rank) => new($"00000000-0000-0000-0000-{rank:D12}");

    private static void AddLine(GoalWorld world, Guid request, Guid id, Guid goal, decimal newTarget) =>
        world.AsManager.Create(new Entity(SgGoalAdjustmentLine.LogicalName, id)
        {
            [L.AdjustmentId] = new EntityReference(SgGoalAdjustment.LogicalName, request),
            [L.GoalId] = new EntityReference(SgGoal.LogicalName, goal),
            [L.NewTargetValue] = newTarget,
        });
}
