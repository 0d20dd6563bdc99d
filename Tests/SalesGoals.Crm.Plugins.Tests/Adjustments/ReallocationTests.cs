using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;
using H = SalesGoals.Crm.Plugins.Schema.SgGoalHistory.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Adjustments;

/// <summary>goals.md E10: a reallocation between the children of a locked parent, through the real pipeline.</summary>
[TestClass]
public sealed class ReallocationTests
{
    [TestMethod]
    public void Approve_E10Reallocation_MovesTargetBetweenChildrenAndLeavesTheLockedParentUnchanged()
    {
        var world = GoalWorld.Create();
        var goals = CompanyGoals.Create(world);
        var request = goals.FiveMillionToServices(world, "Move 5M from software to services").Submit(world.Manager);

        AdjustmentFlow.Approve(world, request, world.Director);

        Assert.AreEqual(100_000_000m, AdjustmentFlow.Target(world, goals.Parent));
        Assert.AreEqual(40_000_000m, AdjustmentFlow.Target(world, goals.Hardware));
        Assert.AreEqual(45_000_000m, AdjustmentFlow.Target(world, goals.Software));
        Assert.AreEqual(15_000_000m, AdjustmentFlow.Target(world, goals.Services));
        Assert.AreEqual(SgGoalAdjustment.Options.StatusApplied, AdjustmentFlow.Status(world, request));
        Assert.AreEqual(GoalWorld.Now.UtcDateTime, AdjustmentFlow.Request(world, request).GetAttributeValue<System.DateTime?>(SgGoalAdjustment.Fields.AppliedOn));
    }

    [TestMethod]
    public void Approve_E10Reallocation_KeepsOneHistoryRowPerChangedGoalWithOldAndNewValues()
    {
        var world = GoalWorld.Create();
        var goals = CompanyGoals.Create(world);
        var request = goals.FiveMillionToServices(world, "Move 5M").Submit(world.Manager);

        AdjustmentFlow.Approve(world, request, world.Director);

        var software = AdjustmentFlow.History(world, goals.Software).Single();
        Assert.AreEqual(F.TargetValue, software.GetAttributeValue<string>(H.Field));
        Assert.AreEqual(50_000_000m, decimal.Parse(software.GetAttributeValue<string>(H.OldValue), System.Globalization.CultureInfo.InvariantCulture));
        Assert.AreEqual(45_000_000m, decimal.Parse(software.GetAttributeValue<string>(H.NewValue), System.Globalization.CultureInfo.InvariantCulture));
        Assert.AreEqual(SgGoalHistory.Options.Reallocation, software.GetAttributeValue<OptionSetValue>(H.ChangeKind).Value);
        Assert.AreEqual(world.Director, software.GetAttributeValue<EntityReference>(H.ChangedById).Id);
        Assert.AreEqual(request, software.GetAttributeValue<EntityReference>(H.AdjustmentId).Id);
        Assert.AreEqual(GoalWorld.Now.UtcDateTime, software.GetAttributeValue<System.DateTime>(H.ChangedOn));
        StringAssert.Contains(software.GetAttributeValue<string>(H.Reason), "market change");
        var services = AdjustmentFlow.History(world, goals.Services).Single();
        Assert.AreEqual(10_000_000m, decimal.Parse(services.GetAttributeValue<string>(H.OldValue), System.Globalization.CultureInfo.InvariantCulture));
        Assert.AreEqual(15_000_000m, decimal.Parse(services.GetAttributeValue<string>(H.NewValue), System.Globalization.CultureInfo.InvariantCulture));
        Assert.IsEmpty(AdjustmentFlow.History(world, goals.Parent));
        Assert.IsEmpty(AdjustmentFlow.History(world, goals.Hardware));
    }

    [TestMethod]
    [DataRow(1033, "submit an adjustment request")]
    [DataRow(2052, "请提交目标调整申请")]
    public void Update_E10ParentTargetDirectly_IsRejectedAndWritesNoHistory(int language, string expected)
    {
        var world = GoalWorld.Create();
        var goals = CompanyGoals.Create(world);
        world.Env.Seed.UserLanguage(world.Director, language);

        var message = Faults.MessageOf(() => world.Env.GetOrganizationService(world.Director).Update(new Entity(SgGoal.LogicalName, goals.Parent) { [F.TargetValue] = 105_000_000m }));

        StringAssert.Contains(message, expected);
        Assert.AreEqual(100_000_000m, AdjustmentFlow.Target(world, goals.Parent));
        Assert.AreEqual(0, AdjustmentFlow.AllHistory(world));
    }

    [TestMethod]
    [DataRow(1033, "change it by +1,000,000.00")]
    [DataRow(2052, "合计变化了 +1,000,000.00")]
    public void Submit_E10ReallocationThatDoesNotNetToZero_IsRejected(int language, string expected)
    {
        var world = GoalWorld.Create();
        var goals = CompanyGoals.Create(world);
        world.Env.Seed.UserLanguage(world.Manager, language);
        var draft = world.Adjustment("Move too much").Reallocation(goals.Parent)
            .Line(goals.Software, newTarget: 45_000_000m)
            .Line(goals.Services, newTarget: 16_000_000m)
            .Draft(world.Manager);

        var message = Faults.MessageOf(() => AdjustmentFlow.Submit(world, draft, world.Manager));

        StringAssert.Contains(message, expected);
        Assert.IsNull(AdjustmentFlow.Status(world, draft));
        Assert.AreEqual(0, AdjustmentFlow.AllNotifications(world));
    }

    [TestMethod]
    public void Approve_E10Reallocation_NotifiesTheRequesterAndTheAssigneeOfEachChangedGoal()
    {
        var world = GoalWorld.Create();
        var goals = CompanyGoals.Create(world);
        var request = goals.FiveMillionToServices(world, "Move 5M").Submit(world.Manager);
        var before = AdjustmentFlow.Notifications(world, world.Rep).Count;

        AdjustmentFlow.Approve(world, request, world.Director);

        var rep = AdjustmentFlow.Notifications(world, world.Rep).Skip(before).Select(n => n.GetAttributeValue<string>(AppNotification.Fields.Body)).ToList();
        Assert.HasCount(2, rep);
        Assert.IsTrue(rep.Any(b => b.Contains("50,000,000.00 → 45,000,000.00", System.StringComparison.Ordinal)), string.Join(" | ", rep));
        Assert.IsTrue(rep.Any(b => b.Contains("10,000,000.00 → 15,000,000.00", System.StringComparison.Ordinal)), string.Join(" | ", rep));
        var manager = AdjustmentFlow.Notifications(world, world.Manager);
        Assert.AreEqual("Your adjustment request was approved", manager.Single().GetAttributeValue<string>(AppNotification.Fields.Title));
        Assert.IsEmpty(AdjustmentFlow.Notifications(world, world.OtherRep));
    }

    [TestMethod]
    [DataRow(1033, "would carry 95,000,000.00 against its target 100,000,000.00")]
    [DataRow(2052, "下级目标合计为 95,000,000.00")]
    public void Submit_E10PlainAdjustmentOfOneChild_IsRefusedBecauseItUncoversTheLockedParent(int language, string expected)
    {
        var world = GoalWorld.Create();
        var goals = CompanyGoals.Create(world);
        world.Env.Seed.UserLanguage(world.Manager, language);
        var draft = world.Adjustment("Software down").Line(goals.Software, newTarget: 45_000_000m).Draft(world.Manager);

        var message = Faults.MessageOf(() => AdjustmentFlow.Submit(world, draft, world.Manager));

        StringAssert.Contains(message, expected);
        Assert.IsNull(AdjustmentFlow.Status(world, draft));
    }

    [TestMethod]
    public void Approve_E10ParentAndChildInOneRequest_AppliesBothAndAuditsTheParent()
    {
        var world = GoalWorld.Create();
        var goals = CompanyGoals.Create(world);
        var request = world.Adjustment("Software market shrank")
            .Line(goals.Parent, newTarget: 95_000_000m)
            .Line(goals.Software, newTarget: 45_000_000m)
            .Submit(world.Manager);

        AdjustmentFlow.Approve(world, request, world.Director);

        Assert.AreEqual(95_000_000m, AdjustmentFlow.Target(world, goals.Parent));
        Assert.AreEqual(45_000_000m, AdjustmentFlow.Target(world, goals.Software));
        Assert.AreEqual(0m, world.Read(goals.Parent).GetAttributeValue<decimal?>(F.Unallocated), "the parent is fully allocated again");
        var parent = AdjustmentFlow.History(world, goals.Parent).Single();
        Assert.AreEqual(SgGoalHistory.Options.Adjustment, parent.GetAttributeValue<OptionSetValue>(H.ChangeKind).Value);
        Assert.AreEqual(95_000_000m, decimal.Parse(parent.GetAttributeValue<string>(H.NewValue), System.Globalization.CultureInfo.InvariantCulture));
    }
}
