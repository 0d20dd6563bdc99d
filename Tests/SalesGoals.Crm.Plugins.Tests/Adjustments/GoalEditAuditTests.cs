using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;
using H = SalesGoals.Crm.Plugins.Schema.SgGoalHistory.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Adjustments;

/// <summary>goals.md §1: flexible goals may be edited by their manager, and every edit is audited.</summary>
[TestClass]
public sealed class GoalEditAuditTests
{
    [TestMethod]
    public void Update_ManagerEditsActiveMonthTarget_WritesADirectEditHistoryRow()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("March").Month(3).Active().Create();

        world.AsManager.Update(new Entity(SgGoal.LogicalName, goal) { [F.TargetValue] = 550_000m });

        var row = AdjustmentFlow.History(world, goal).Single();
        Assert.AreEqual(F.TargetValue, row.GetAttributeValue<string>(H.Field));
        Assert.AreEqual(500_000m, decimal.Parse(row.GetAttributeValue<string>(H.OldValue), System.Globalization.CultureInfo.InvariantCulture));
        Assert.AreEqual(550_000m, decimal.Parse(row.GetAttributeValue<string>(H.NewValue), System.Globalization.CultureInfo.InvariantCulture));
        Assert.AreEqual(SgGoalHistory.Options.DirectEdit, row.GetAttributeValue<OptionSetValue>(H.ChangeKind).Value);
        Assert.AreEqual(world.Manager, row.GetAttributeValue<EntityReference>(H.ChangedById).Id);
        Assert.IsNull(row.GetAttributeValue<EntityReference>(H.AdjustmentId));
    }

    [TestMethod]
    public void Update_DraftGoalTarget_WritesNoHistory()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("March").Month(3).Create();

        world.AsManager.Update(new Entity(SgGoal.LogicalName, goal) { [F.TargetValue] = 550_000m });

        Assert.AreEqual(550_000m, AdjustmentFlow.Target(world, goal));
        Assert.IsEmpty(AdjustmentFlow.History(world, goal));
    }

    [TestMethod]
    public void Update_RejectedEditOfAnActiveGoal_WritesNoHistory()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("March").Month(3).Active().Create();

        _ = Faults.MessageOf(() => world.AsRep.Update(new Entity(SgGoal.LogicalName, goal) { [F.TargetValue] = 100_000m }));

        Assert.IsEmpty(AdjustmentFlow.History(world, goal));
    }
}
