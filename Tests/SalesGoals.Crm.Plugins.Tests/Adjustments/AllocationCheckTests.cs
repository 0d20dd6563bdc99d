using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Adjustments;

/// <summary>
/// A plain adjustment of a child must not leave an active parent uncovered or over-assigned beyond its allowance
/// when it was covered before (goals.md §6); a draft parent, or one already uncovered, is not held to it.
/// </summary>
[TestClass]
public sealed class AllocationCheckTests
{
    private const int SplitByProductLine = 100000003;

    [TestMethod]
    [DataRow(55_000_000, true)]
    [DataRow(60_000_000, true)]
    [DataRow(65_000_000, false)]
    public void Submit_ChildIncreaseUnderAParentAllowingTenPercentMore_IsRefusedOnlyBeyondTheAllowance(int newTarget, bool allowed)
    {
        // Arrange: 2026 company 100M (10 % over-assignment allowed) = hardware 40M + software 50M + services 10M.
        var world = GoalWorld.Create();
        var (parent, software) = Family(world, activateParent: true, overAssignmentPct: 10m);
        var draft = world.Adjustment("Software up").Line(software, newTarget: newTarget).Draft(world.Manager);

        // Act
        var message = allowed ? null : Faults.MessageOf(() => AdjustmentFlow.Submit(world, draft, world.Manager));
        if (allowed)
        {
            AdjustmentFlow.Submit(world, draft, world.Manager);
        }

        // Assert
        Assert.AreEqual(allowed ? SgGoalAdjustment.Options.StatusSubmitted : null, AdjustmentFlow.Status(world, draft));
        if (!allowed)
        {
            Assert.AreEqual(
                "After this adjustment the children of \"2026 company\" would carry 115,000,000.00 against its target 100,000,000.00 (allowed: 100,000,000.00 to 110,000,000.00). "
                + "Move target between them with a reallocation, or adjust \"2026 company\" in the same request.",
                message);
        }

        Assert.AreEqual(100_000_000m, AdjustmentFlow.Target(world, parent));
    }

    [TestMethod]
    public void Submit_ChildDecreaseUnderAParentThatIsStillADraft_IsSubmitted()
    {
        var world = GoalWorld.Create();
        var (_, software) = Family(world, activateParent: false, overAssignmentPct: null);
        var draft = world.Adjustment("Software down").Line(software, newTarget: 45_000_000m).Draft(world.Manager);

        AdjustmentFlow.Submit(world, draft, world.Manager);

        Assert.AreEqual(SgGoalAdjustment.Options.StatusSubmitted, AdjustmentFlow.Status(world, draft));
    }

    [TestMethod]
    public void Submit_ChildDecreaseUnderAParentAlreadyUncovered_IsSubmitted()
    {
        // Arrange: the parent was activated before it had children; its two children cover 90M of its 100M.
        var world = GoalWorld.Create();
        var parent = world.Goal("2026 company").Year().Tiers(null, 100_000_000m, null).SplitBy(SplitByProductLine).Active().Create();
        world.Goal("2026 hardware").Year().Tiers(null, 40_000_000m, null).Parent(parent, CompanyGoals.ProductLineHardware).Active().Create();
        var software = world.Goal("2026 software").Year().Tiers(null, 50_000_000m, null).Parent(parent, CompanyGoals.ProductLineSoftware).Active().Create();
        var draft = world.Adjustment("Software down").Line(software, newTarget: 45_000_000m).Draft(world.Manager);

        // Act
        AdjustmentFlow.Submit(world, draft, world.Manager);

        // Assert
        Assert.AreEqual(SgGoalAdjustment.Options.StatusSubmitted, AdjustmentFlow.Status(world, draft));
    }

    private static (System.Guid Parent, System.Guid Software) Family(GoalWorld world, bool activateParent, decimal? overAssignmentPct)
    {
        var parent = world.Goal("2026 company").Year().Tiers(null, 100_000_000m, null).SplitBy(SplitByProductLine).With(F.OverAssignmentPct, overAssignmentPct).Create();
        world.Goal("2026 hardware").Year().Tiers(null, 40_000_000m, null).Parent(parent, CompanyGoals.ProductLineHardware).Active().Create();
        var software = world.Goal("2026 software").Year().Tiers(null, 50_000_000m, null).Parent(parent, CompanyGoals.ProductLineSoftware).Active().Create();
        world.Goal("2026 services").Year().Tiers(null, 10_000_000m, null).Parent(parent, CompanyGoals.ProductLineServices).Active().Create();
        if (activateParent)
        {
            world.AsManager.Update(new Entity(SgGoal.LogicalName, parent) { [F.GoalStatus] = new OptionSetValue(SgGoal.Options.StatusActive) });
        }

        return (parent, software);
    }

    [TestMethod]
    [DataRow(1033, "After this adjustment the children of \"2026 company\" would carry 100,000,000.00 against its target 105,000,000.00 (allowed: 105,000,000.00 to 105,000,000.00).")]
    [DataRow(2052, "调整后“2026 company”的下级目标合计为 100,000,000.00，而其挑战目标为 105,000,000.00（允许范围 105,000,000.00 至 105,000,000.00）。")]
    public void Submit_ParentRaisedAlone_IsRefusedBecauseItsChildrenNoLongerCoverIt(int language, string expected)
    {
        var world = GoalWorld.Create();
        world.Env.Seed.UserLanguage(world.Manager, language);
        var goals = CompanyGoals.Create(world);
        var draft = world.Adjustment("Company up").Line(goals.Parent, newTarget: 105_000_000m).Draft(world.Manager);

        var message = Faults.MessageOf(() => AdjustmentFlow.Submit(world, draft, world.Manager));

        StringAssert.StartsWith(message, expected);
        Assert.IsNull(AdjustmentFlow.Status(world, draft));
    }
}
