using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using N = SalesGoals.Crm.Plugins.Schema.AppNotification.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Adjustments;

/// <summary>The exact cards people read at each step (goals.md §6), in English and Simplified Chinese.</summary>
[TestClass]
public sealed class AdjustmentNoticeTextTests
{
    [TestMethod]
    [DataRow(1033, "Ray Rep asks to change \"March\", \"April\" in \"Spring shift\" (market change): A large competitor left the region. Open the request to approve or reject it.", "Open")]
    [DataRow(2052, "Ray Rep 在“Spring shift”中申请调整 \"March\", \"April\"（市场变化）：A large competitor left the region. 请打开申请进行审批。", "打开")]
    public void Submit_TwoGoalsWithTheSameApprover_TellsTheApproverOnceWithEveryGoalNamed(int language, string body, string action)
    {
        // Arrange
        var world = GoalWorld.Create();
        world.Env.Seed.UserLanguage(world.Director, language);
        var march = world.Goal("March").Month(3).Active().Create();
        var april = world.Goal("April").Month(4).Active().Create();

        // Act
        var request = world.Adjustment("Spring shift").Line(march, newTarget: 400_000m).Line(april, newTarget: 600_000m).Submit(world.Rep);

        // Assert
        var notice = AdjustmentFlow.Notifications(world, world.Director).Single();
        var actual = notice.GetAttributeValue<string>(N.Body);
        // The lines are read back in no particular order, so either order of the two names is right.
        var swapped = body.Replace("\"March\", \"April\"", "\"April\", \"March\"", StringComparison.Ordinal);
        Assert.IsTrue(actual == body || actual == swapped, actual);
        Assert.AreEqual(AppNotification.Options.IconInfo, notice.GetAttributeValue<OptionSetValue>(N.IconType).Value);
        Assert.AreEqual(AppNotification.Options.PriorityNormal, notice.GetAttributeValue<OptionSetValue>(N.Priority).Value);
        Assert.AreEqual(
            "{\"actions\":[{\"title\":\"" + action + "\",\"data\":{\"url\":\"?pagetype=entityrecord&etn=sg_goaladjustment&id=" + request.ToString("D") + "\",\"navigationTarget\":\"dialog\"}}]}",
            notice.GetAttributeValue<string>(N.Data));
        Assert.AreEqual(1, AdjustmentFlow.AllNotifications(world));
    }

    [TestMethod]
    [DataRow(0, 1033, "(market change)")]
    [DataRow(1, 1033, "(team change)")]
    [DataRow(2, 1033, "(new opportunity)")]
    [DataRow(3, 1033, "(correction)")]
    [DataRow(0, 2052, "（市场变化）")]
    [DataRow(1, 2052, "（团队变动）")]
    [DataRow(2, 2052, "（新商机）")]
    [DataRow(3, 2052, "（更正）")]
    public void Submit_EachReason_IsNamedInTheApproversCard(int reasonOffset, int language, string expected)
    {
        var world = GoalWorld.Create();
        world.Env.Seed.UserLanguage(world.Director, language);
        var goal = world.Goal("Q1 East").Active().Create();

        world.Adjustment("Q1 East down").With(SgGoalAdjustment.Fields.Reason, new OptionSetValue(SgGoalAdjustment.Options.ReasonFirst + reasonOffset))
            .Line(goal, newTarget: 450_000m).Submit(world.Rep);

        StringAssert.Contains(AdjustmentFlow.Notifications(world, world.Director).Single().GetAttributeValue<string>(N.Body), expected);
    }

    [TestMethod]
    [DataRow(1033, "Your adjustment request was approved", "Dana Director approved \"Q1 East down\"; the new values are in effect.",
        "Your goal was adjusted", "Goal \"Q1 East\": target 500,000.00 → 450,000.00 (market change), approved by Dana Director.")]
    [DataRow(2052, "您的目标调整申请已获批准", "Dana Director 批准了“Q1 East down”，新数值已生效。",
        "您的目标已调整", "目标“Q1 East”：挑战目标 500,000.00 → 450,000.00（市场变化），审批人 Dana Director。")]
    public void Approve_RepsOwnRequest_TellsTheRepItWasApprovedAndWhatChanged(int language, string appliedTitle, string appliedBody, string goalTitle, string goalBody)
    {
        var world = GoalWorld.Create();
        world.Env.Seed.UserLanguage(world.Rep, language);
        var goal = world.Goal("Q1 East").Active().Create();
        var request = world.Adjustment("Q1 East down").Line(goal, newTarget: 450_000m).Submit(world.Rep);

        AdjustmentFlow.Approve(world, request, world.Director);

        var notices = AdjustmentFlow.Notifications(world, world.Rep);
        Assert.HasCount(2, notices);
        var applied = notices.Single(n => n.GetAttributeValue<string>(N.Title) == appliedTitle);
        Assert.AreEqual(appliedBody, applied.GetAttributeValue<string>(N.Body));
        Assert.AreEqual(AppNotification.Options.IconSuccess, applied.GetAttributeValue<OptionSetValue>(N.IconType).Value);
        StringAssert.Contains(applied.GetAttributeValue<string>(N.Data), "etn=sg_goaladjustment&id=" + request.ToString("D"));
        var adjusted = notices.Single(n => n.GetAttributeValue<string>(N.Title) == goalTitle);
        Assert.AreEqual(goalBody, adjusted.GetAttributeValue<string>(N.Body));
        Assert.AreEqual(AppNotification.Options.IconInfo, adjusted.GetAttributeValue<OptionSetValue>(N.IconType).Value);
    }

    [TestMethod]
    public void Approve_BaseOnlyChange_TellsTheAssigneeTheTargetIsUnchanged()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 East").Active().Create();
        var request = world.Adjustment("Q1 East base").Line(goal, newBase: 350_000m).Submit(world.Manager);

        AdjustmentFlow.Approve(world, request, world.Director);

        var adjusted = AdjustmentFlow.Notifications(world, world.Rep).Single();
        Assert.AreEqual("Goal \"Q1 East\": target 500,000.00 → 500,000.00 (market change), approved by Dana Director.", adjusted.GetAttributeValue<string>(N.Body));
        Assert.AreEqual(350_000m, world.Read(goal).GetAttributeValue<decimal?>(SgGoal.Fields.BaseValue));
    }

    [TestMethod]
    public void Approve_CountGoal_ShowsWholeNumbersInTheAssigneesCard()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 deals").Metric(MetricCodes.WonDealCount).Tiers(40m, 50m, 60m).Active().Create();
        var request = world.Adjustment("Q1 deals down").Line(goal, newTarget: 45m).Submit(world.Manager);

        AdjustmentFlow.Approve(world, request, world.Director);

        StringAssert.Contains(AdjustmentFlow.Notifications(world, world.Rep).Single().GetAttributeValue<string>(N.Body), "target 50 → 45 (");
    }

    [TestMethod]
    [DataRow(1033, "Dana Director rejected \"Q1 East down\": Not before the Q1 review. Change the values and submit a new request if needed.")]
    [DataRow(2052, "Dana Director 驳回了“Q1 East down”：Not before the Q1 review. 如有需要，请修改数值后重新提交申请。")]
    public void Reject_WithAReason_TellsTheRequesterTheWholeReasonWithAFailureIcon(int language, string body)
    {
        var world = GoalWorld.Create();
        world.Env.Seed.UserLanguage(world.Rep, language);
        var goal = world.Goal("Q1 East").Active().Create();
        var request = world.Adjustment("Q1 East down").Line(goal, newTarget: 450_000m).Submit(world.Rep);

        AdjustmentFlow.Reject(world, request, world.Director, "Not before the Q1 review.");

        var notice = AdjustmentFlow.Notifications(world, world.Rep).Single();
        Assert.AreEqual(body, notice.GetAttributeValue<string>(N.Body));
        Assert.AreEqual(AppNotification.Options.IconFailure, notice.GetAttributeValue<OptionSetValue>(N.IconType).Value);
    }

    [TestMethod]
    public void Submit_JustificationLongerThanACard_CutsTheBodyToFiveHundredCharactersEndingInAnEllipsis()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 East").Active().Create();

        world.Adjustment("Q1 East down").With(SgGoalAdjustment.Fields.Justification, new string('x', 600)).Line(goal, newTarget: 450_000m).Submit(world.Rep);

        var body = AdjustmentFlow.Notifications(world, world.Director).Single().GetAttributeValue<string>(N.Body);
        Assert.AreEqual(500, body.Length);
        Assert.IsTrue(body.EndsWith("x…", StringComparison.Ordinal), body);
        Assert.IsTrue(body.StartsWith("Ray Rep asks to change \"Q1 East\"", StringComparison.Ordinal), body);
    }

    [TestMethod]
    public void Submit_BodyOfExactlyFiveHundredCharacters_IsKeptWhole()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 East").Active().Create();
        const string Before = "Ray Rep asks to change \"Q1 East\" in \"Q1 East down\" (market change): ";
        const string After = " Open the request to approve or reject it.";
        var justification = new string('x', 500 - Before.Length - After.Length);

        world.Adjustment("Q1 East down").With(SgGoalAdjustment.Fields.Justification, justification).Line(goal, newTarget: 450_000m).Submit(world.Rep);

        Assert.AreEqual(Before + justification + After, AdjustmentFlow.Notifications(world, world.Director).Single().GetAttributeValue<string>(N.Body));
    }
}
