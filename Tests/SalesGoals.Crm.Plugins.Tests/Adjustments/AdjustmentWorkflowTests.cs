using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using A = SalesGoals.Crm.Plugins.Schema.SgGoalAdjustment.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Adjustments;

/// <summary>The request's status steps a client cannot skip: a request is submitted with its goals, and decided only once submitted.</summary>
[TestClass]
public sealed class AdjustmentWorkflowTests
{
    [TestMethod]
    [DataRow(1033, "names no goal")]
    [DataRow(2052, "未包含任何目标")]
    public void Create_RequestCreatedAsSubmitted_IsRefusedForHavingNoGoalsYet(int language, string expected)
    {
        var world = GoalWorld.Create();
        world.Env.Seed.UserLanguage(world.Rep, language);
        var header = new Entity(SgGoalAdjustment.LogicalName)
        {
            [A.Name] = "Q1 East down",
            [A.Kind] = new OptionSetValue(SgGoalAdjustment.Options.KindAdjustment),
            [A.Reason] = new OptionSetValue(SgGoalAdjustment.Options.ReasonFirst),
            [A.Justification] = "A large competitor left the region.",
            [A.Status] = new OptionSetValue(SgGoalAdjustment.Options.StatusSubmitted),
        };

        var message = Faults.MessageOf(() => world.AsRep.Create(header));

        StringAssert.Contains(message, expected);
        Assert.AreEqual(0, AdjustmentFlow.AllHistory(world) + AdjustmentFlow.AllNotifications(world));
    }

    [TestMethod]
    [DataRow(SgGoalAdjustment.Options.StatusApproved, 1033, "This request is a draft: submit it first; an approver then approves or rejects it.")]
    [DataRow(SgGoalAdjustment.Options.StatusRejected, 1033, "This request is a draft: submit it first")]
    [DataRow(SgGoalAdjustment.Options.StatusWithdrawn, 2052, "该申请仍是草稿：请先提交，再由审批人批准或驳回。")]
    public void Update_DraftDecidedWithoutBeingSubmitted_IsRefusedAndStaysADraft(int status, int language, string expected)
    {
        var world = GoalWorld.Create();
        world.Env.Seed.UserLanguage(world.Director, language);
        var goal = world.Goal("Q1 East").Active().Create();
        var request = world.Adjustment("Q1 East down").Line(goal, newTarget: 450_000m).Draft(world.Rep);

        var message = Faults.MessageOf(() => AdjustmentFlow.SetStatus(world, request, world.Director, status));

        StringAssert.Contains(message, expected);
        Assert.IsNull(AdjustmentFlow.Status(world, request));
        Assert.AreEqual(500_000m, AdjustmentFlow.Target(world, goal));
    }
}
