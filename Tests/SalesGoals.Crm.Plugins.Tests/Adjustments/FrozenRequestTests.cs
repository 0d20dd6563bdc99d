using System;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using A = SalesGoals.Crm.Plugins.Schema.SgGoalAdjustment.Fields;
using L = SalesGoals.Crm.Plugins.Schema.SgGoalAdjustmentLine.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Adjustments;

/// <summary>A draft is edited freely; once submitted, the request and its lines are frozen (goals.md §6).</summary>
[TestClass]
public sealed class FrozenRequestTests
{
    private const string FrozenEnglish = "Adjustment request \"Q1 East down\" is submitted and can no longer be edited. Create a new request instead.";
    private const string FrozenChinese = "调整申请“Q1 East down”已提交，不能再修改。请新建一个申请。";

    [TestMethod]
    [DataRow("justification", 1033, FrozenEnglish)]
    [DataRow("justification", 2052, FrozenChinese)]
    [DataRow("back-to-draft", 1033, FrozenEnglish)]
    [DataRow("back-to-draft", 2052, FrozenChinese)]
    public void Update_SubmittedRequest_IsRefusedAsFrozenAndKeepsItsValues(string change, int language, string expected)
    {
        // Arrange
        var world = GoalWorld.Create();
        world.Env.Seed.UserLanguage(world.Rep, language);
        var goal = world.Goal("Q1 East").Active().Create();
        var request = world.Adjustment("Q1 East down").Line(goal, newTarget: 450_000m).Submit(world.Rep);
        var update = new Entity(SgGoalAdjustment.LogicalName, request);
        if (change == "justification")
        {
            update[A.Justification] = "Changed my mind.";
        }
        else
        {
            update[A.Status] = null;
        }

        // Act
        var message = Faults.MessageOf(() => world.AsRep.Update(update));

        // Assert
        Assert.AreEqual(expected, message);
        var row = AdjustmentFlow.Request(world, request);
        Assert.AreEqual(SgGoalAdjustment.Options.StatusSubmitted, row.GetAttributeValue<OptionSetValue>(A.Status).Value);
        Assert.AreEqual("A large competitor left the region.", row.GetAttributeValue<string>(A.Justification));
    }

    [TestMethod]
    public void Update_DraftJustification_IsSavedAndTheRequestStaysADraft()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 East").Active().Create();
        var draft = world.Adjustment("Q1 East down").Line(goal, newTarget: 450_000m).Draft(world.Rep);

        world.AsRep.Update(new Entity(SgGoalAdjustment.LogicalName, draft) { [A.Justification] = "Two accounts moved to the West team." });

        var row = AdjustmentFlow.Request(world, draft);
        Assert.AreEqual("Two accounts moved to the West team.", row.GetAttributeValue<string>(A.Justification));
        Assert.IsNull(row.GetAttributeValue<OptionSetValue>(A.Status));
        Assert.AreEqual(0, AdjustmentFlow.AllNotifications(world));
    }

    [TestMethod]
    public void Update_SubmittedRequestSetToSubmittedAgain_ChangesNothingAndAsksNobodyTwice()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 East").Active().Create();
        var request = world.Adjustment("Q1 East down").Line(goal, newTarget: 450_000m).Submit(world.Rep);

        AdjustmentFlow.Submit(world, request, world.Rep);

        Assert.AreEqual(SgGoalAdjustment.Options.StatusSubmitted, AdjustmentFlow.Status(world, request));
        Assert.AreEqual(1, AdjustmentFlow.AllNotifications(world));
    }

    [TestMethod]
    [DataRow("add", 1033, FrozenEnglish)]
    [DataRow("add", 2052, FrozenChinese)]
    [DataRow("delete", 1033, FrozenEnglish)]
    [DataRow("delete", 2052, FrozenChinese)]
    [DataRow("move-in", 1033, FrozenEnglish)]
    [DataRow("move-in", 2052, FrozenChinese)]
    public void ChangeLine_OfASubmittedRequest_IsRefusedAndTheLinesStay(string change, int language, string expected)
    {
        var world = GoalWorld.Create();
        world.Env.Seed.UserLanguage(world.Rep, language);
        var goal = world.Goal("Q1 East").Active().Create();
        var march = world.Goal("March").Month(3).Active().Create();
        var request = world.Adjustment("Q1 East down").Line(goal, newTarget: 450_000m).Submit(world.Rep);
        var draft = world.Adjustment("March up").Line(march, newTarget: 550_000m).Draft(world.Rep);
        var submittedLine = AdjustmentFlow.Lines(world, request)[0].Id;
        var draftLine = AdjustmentFlow.Lines(world, draft)[0].Id;
        var toRequest = new EntityReference(SgGoalAdjustment.LogicalName, request);
        Action act = change switch
        {
            "add" => () => world.AsRep.Create(new Entity(SgGoalAdjustmentLine.LogicalName)
            {
                [L.AdjustmentId] = toRequest,
                [L.GoalId] = new EntityReference(SgGoal.LogicalName, march),
                [L.NewTargetValue] = 550_000m,
            }),
            "delete" => () => world.AsRep.Delete(SgGoalAdjustmentLine.LogicalName, submittedLine),
            _ => () => world.AsRep.Update(new Entity(SgGoalAdjustmentLine.LogicalName, draftLine) { [L.AdjustmentId] = toRequest }),
        };

        var message = Faults.MessageOf(act);

        Assert.AreEqual(expected, message);
        Assert.HasCount(1, AdjustmentFlow.Lines(world, request));
        Assert.HasCount(1, AdjustmentFlow.Lines(world, draft));
    }

    [TestMethod]
    public void ChangeLine_OfADraft_AddsDeletesAndMovesBetweenDrafts()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 East").Active().Create();
        var march = world.Goal("March").Month(3).Active().Create();
        var first = world.Adjustment("Q1 East down").Line(goal, newTarget: 450_000m).Draft(world.Rep);
        var second = world.Adjustment("March up").Draft(world.Rep);
        // A submitted request is on record too, with the id rows are read first by: the check reads the line's own request only.
        world.Adjustment("Other").With(A.Id, new Guid("00000000-0000-0000-0000-000000000001")).Line(march, newTarget: 450_000m).Submit(world.Manager);

        var added = world.AsRep.Create(new Entity(SgGoalAdjustmentLine.LogicalName)
        {
            [L.AdjustmentId] = new EntityReference(SgGoalAdjustment.LogicalName, second),
            [L.GoalId] = new EntityReference(SgGoal.LogicalName, march),
            [L.NewTargetValue] = 550_000m,
        });
        world.AsRep.Update(new Entity(SgGoalAdjustmentLine.LogicalName, added) { [L.AdjustmentId] = new EntityReference(SgGoalAdjustment.LogicalName, first) });
        world.AsRep.Delete(SgGoalAdjustmentLine.LogicalName, AdjustmentFlow.Lines(world, first)[0].Id);

        Assert.HasCount(1, AdjustmentFlow.Lines(world, first));
        Assert.IsEmpty(AdjustmentFlow.Lines(world, second));
    }

    [TestMethod]
    public void UpdateLine_OfANamelessSubmittedRequest_NamesTheRequestByItsId()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 East").Active().Create();
        var request = world.Adjustment("Q1 East down").With(A.Name, null).Line(goal, newTarget: 450_000m).Submit(world.Rep);
        var line = AdjustmentFlow.Lines(world, request)[0].Id;

        var message = Faults.MessageOf(() => world.AsRep.Update(new Entity(SgGoalAdjustmentLine.LogicalName, line) { [L.NewTargetValue] = 1m }));

        Assert.AreEqual($"Adjustment request \"{request}\" is submitted and can no longer be edited. Create a new request instead.", message);
    }

    [TestMethod]
    public void Update_SubmittedRequestWithOnlyAForgedStamp_DropsTheStampAndKeepsTheRequest()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 East").Active().Create();
        var request = world.Adjustment("Q1 East down").Line(goal, newTarget: 450_000m).Submit(world.Rep);

        world.AsRep.Update(new Entity(SgGoalAdjustment.LogicalName, request) { [A.RequestedOn] = new DateTime(2025, 12, 1, 0, 0, 0, DateTimeKind.Utc) });

        var row = AdjustmentFlow.Request(world, request);
        Assert.AreEqual(GoalWorld.Now.UtcDateTime, row.GetAttributeValue<DateTime?>(A.RequestedOn));
        Assert.AreEqual(SgGoalAdjustment.Options.StatusSubmitted, row.GetAttributeValue<OptionSetValue>(A.Status).Value);
    }

    [TestMethod]
    public void Update_NamelessSubmittedRequestsJustification_NamesTheRequestByItsId()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 East").Active().Create();
        var request = world.Adjustment("Q1 East down").With(A.Name, null).Line(goal, newTarget: 450_000m).Submit(world.Rep);

        var message = Faults.MessageOf(() => world.AsRep.Update(new Entity(SgGoalAdjustment.LogicalName, request) { [A.Justification] = "Changed my mind." }));

        Assert.AreEqual($"Adjustment request \"{request}\" is submitted and can no longer be edited. Create a new request instead.", message);
        StringAssert.Contains(
            AdjustmentFlow.Notifications(world, world.Director)[0].GetAttributeValue<string>(AppNotification.Fields.Body),
            $" in \"{request}\" (",
            "the approver's card names the request by its id too");
    }
}
