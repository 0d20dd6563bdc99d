using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using SalesGoals.Crm.Plugins.Adjustments;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Adjustments;

/// <summary>Rule 5: only the apply of an approved adjustment changes a locked goal; nothing a caller sets can pretend to be one.</summary>
[TestClass]
public sealed class LockedGoalForgeryTests
{
    [TestMethod]
    public void Update_LockedTargetWithTheApplyMarkerAsARequestParameterAndUnlockFlag_IsStillRejected()
    {
        var world = GoalWorld.Create();
        var goals = CompanyGoals.Create(world);
        var applied = goals.FiveMillionToServices(world, "Earlier reallocation").Submit(world.Manager);
        AdjustmentFlow.Approve(world, applied, world.Director);
        var update = new UpdateRequest
        {
            Target = new Entity(SgGoal.LogicalName, goals.Software) { [F.TargetValue] = 60_000_000m, [F.IsLocked] = false },
            ["tag"] = ApprovedAdjustmentGate.Variable,
            [ApprovedAdjustmentGate.Variable] = applied,
        };

        var message = Faults.MessageOf(() => world.AsManager.Execute(update));

        StringAssert.Contains(message, "submit an adjustment request");
        Assert.AreEqual(45_000_000m, AdjustmentFlow.Target(world, goals.Software));
    }

    [TestMethod]
    [DataRow(SgGoalAdjustment.Options.StatusApproved, 1033, "only an approver decides it")]
    [DataRow(SgGoalAdjustment.Options.StatusApplied, 2052, "只有审批人才能批准或驳回")]
    public void Create_RequestAlreadyApprovedOrApplied_IsRefusedAndChangesNoGoal(int status, int language, string expected)
    {
        var world = GoalWorld.Create();
        world.Env.Seed.UserLanguage(world.Manager, language);
        var goal = world.Goal("Q1 East").Active().Create();

        var message = Faults.MessageOf(() => world.Adjustment("Forged").With(SgGoalAdjustment.Fields.Status, new OptionSetValue(status)).Line(goal, newTarget: 1m).Draft(world.Manager));

        StringAssert.Contains(message, expected);
        Assert.AreEqual(500_000m, AdjustmentFlow.Target(world, goal));
    }

    [TestMethod]
    [DataRow(1033, "only by being approved")]
    [DataRow(2052, "只能通过审批生效")]
    public void Update_SubmittedRequestStraightToApplied_IsRefusedAndChangesNoGoal(int language, string expected)
    {
        var world = GoalWorld.Create();
        world.Env.Seed.UserLanguage(world.Director, language);
        var goal = world.Goal("Q1 East").Active().Create();
        var request = world.Adjustment("Q1 East down").Line(goal, newTarget: 450_000m).Submit(world.Rep);

        var message = Faults.MessageOf(() => AdjustmentFlow.SetStatus(world, request, world.Director, SgGoalAdjustment.Options.StatusApplied));

        StringAssert.Contains(message, expected);
        Assert.AreEqual(500_000m, AdjustmentFlow.Target(world, goal));
        Assert.AreEqual(SgGoalAdjustment.Options.StatusSubmitted, AdjustmentFlow.Status(world, request));
    }
}
