using System;
using System.Linq;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;

namespace SalesGoals.Crm.Plugins.Tests.Adjustments;

/// <summary>Only a draft request can be deleted: a submitted one is withdrawn, a decided one is history.</summary>
[TestClass]
public sealed class DeleteAdjustmentTests
{
    [TestMethod]
    [DataRow("submitted", 1033, "has been submitted and cannot be deleted. Withdraw it instead")]
    [DataRow("submitted", 2052, "已提交，不能删除。请改为撤回")]
    [DataRow("applied", 1033, "is applied and is part of the goals' change history")]
    [DataRow("applied", 2052, "已生效，属于目标变更历史的一部分")]
    [DataRow("withdrawn", 1033, "is withdrawn and is part of the goals' change history")]
    [DataRow("withdrawn", 2052, "已撤回，属于目标变更历史的一部分")]
    [DataRow("rejected", 1033, "Adjustment request \"Q1 East down\" is rejected and is part of the goals' change history, so it cannot be deleted.")]
    [DataRow("rejected", 2052, "调整申请“Q1 East down”已驳回，属于目标变更历史的一部分，不能删除。")]
    public void Delete_RequestOnRecord_IsRefusedAndKept(string state, int language, string expected)
    {
        // Arrange
        var world = GoalWorld.Create();
        world.Env.Seed.UserLanguage(world.Rep, language);
        var goal = world.Goal("Q1 East").Active().Create();
        var request = world.Adjustment("Q1 East down").Line(goal, newTarget: 450_000m).Submit(world.Rep);
        if (state == "applied")
        {
            AdjustmentFlow.Approve(world, request, world.Director);
        }
        else if (state == "withdrawn")
        {
            AdjustmentFlow.SetStatus(world, request, world.Rep, SgGoalAdjustment.Options.StatusWithdrawn);
        }
        else if (state == "rejected")
        {
            AdjustmentFlow.Reject(world, request, world.Director, "Not this quarter.");
        }

        // Act
        var message = Faults.MessageOf(() => world.AsRep.Delete(SgGoalAdjustment.LogicalName, request));

        // Assert
        StringAssert.Contains(message, expected);
        Assert.IsNotNull(AdjustmentFlow.Request(world, request));
        Assert.HasCount(1, AdjustmentFlow.Lines(world, request));
    }

    [TestMethod]
    public void Delete_Draft_IsDeleted()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 East").Active().Create();
        var draft = world.Adjustment("Q1 East down").Line(goal, newTarget: 450_000m).Draft(world.Rep);

        world.AsRep.Delete(SgGoalAdjustment.LogicalName, draft);

        Assert.IsFalse(world.AsSystem.RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryExpression(SgGoalAdjustment.LogicalName)).Entities.Any(e => e.Id == draft));
    }

    [TestMethod]
    [DataRow(1033, "Adjustment request \"Frozen mid-apply\" is approved and is part of the goals' change history, so it cannot be deleted.")]
    [DataRow(2052, "调整申请“Frozen mid-apply”已批准，属于目标变更历史的一部分，不能删除。")]
    public void Delete_ApprovedRequest_IsRefusedAsHistory(int language, string expected)
    {
        // An Approved row exists only inside the approval's transaction; it is seeded here as if frozen there.
        var world = GoalWorld.Create();
        world.Env.Seed.UserLanguage(world.Manager, language);
        var request = world.Env.Seed.Row(new Microsoft.Xrm.Sdk.Entity(SgGoalAdjustment.LogicalName)
        {
            [SgGoalAdjustment.Fields.Name] = "Frozen mid-apply",
            [SgGoalAdjustment.Fields.Status] = new Microsoft.Xrm.Sdk.OptionSetValue(SgGoalAdjustment.Options.StatusApproved),
        });

        var message = Faults.MessageOf(() => world.AsManager.Delete(SgGoalAdjustment.LogicalName, request));

        Assert.AreEqual(expected, message);
        Assert.IsNotNull(AdjustmentFlow.Request(world, request));
    }

    [TestMethod]
    public void Delete_NamelessSubmittedRequest_NamesItByItsId()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 East").Active().Create();
        var request = world.Adjustment("Q1 East down").With(SgGoalAdjustment.Fields.Name, null).Line(goal, newTarget: 450_000m).Submit(world.Rep);

        var message = Faults.MessageOf(() => world.AsRep.Delete(SgGoalAdjustment.LogicalName, request));

        Assert.AreEqual($"Adjustment request \"{request}\" has been submitted and cannot be deleted. Withdraw it instead (set its status to Withdrawn); it stays on record.", message);
    }
}
