using System;
using System.Collections.Generic;
using SalesGoals.Crm.GoalEngine.Adjustments;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Rules;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.GoalEngine.Tests.Rules;

/// <summary>
/// The words messages put in for enum values, one row per value and language, and how the other
/// parameter kinds are written (lists joined the language's way, numbers invariant, codes and
/// problems without a template).
/// </summary>
[TestClass]
public class RuleMessageTableTests
{
    private static string RenderTransition(object from, int lcid) =>
        RuleMessages.Render(
            new RuleProblem(RuleCode.AdjustmentInvalidTransition, RuleSeverity.Error, null, new Dictionary<string, object> { ["from"] = from, ["to"] = "x" }),
            lcid);

    [TestMethod]
    [DataRow(PeriodType.Year, "year", "年度")]
    [DataRow(PeriodType.Quarter, "quarter", "季度")]
    [DataRow(PeriodType.Month, "month", "月度")]
    [DataRow(PeriodType.Week, "week", "周")]
    [DataRow(PeriodType.Day, "day", "日")]
    [DataRow(PeriodType.Custom, "custom period", "自定义周期")]
    [DataRow(SplitAxis.None, "none", "无")]
    [DataRow(SplitAxis.Time, "time", "时间")]
    [DataRow(SplitAxis.Assignee, "assignee", "负责人")]
    [DataRow(SplitAxis.Dimension, "dimension", "业务维度")]
    [DataRow(DimensionKind.ProductLine, "product line", "产品线")]
    [DataRow(DimensionKind.Region, "region", "区域")]
    [DataRow(DimensionKind.Segment, "customer segment", "客户类型")]
    [DataRow(AchievabilityRating.NoHistory, "no history", "无历史数据")]
    [DataRow(AchievabilityRating.WithinRange, "within range", "合理")]
    [DataRow(AchievabilityRating.Aggressive, "aggressive", "激进")]
    [DataRow(AchievabilityRating.Unrealistic, "unrealistic", "不切实际")]
    [DataRow(AdjustmentStatus.Submitted, "submitted", "已提交")]
    [DataRow(AdjustmentStatus.Approved, "approved", "已批准")]
    [DataRow(AdjustmentStatus.Rejected, "rejected", "已驳回")]
    [DataRow(AdjustmentStatus.Applied, "applied", "已生效")]
    [DataRow(AdjustmentStatus.Withdrawn, "withdrawn", "已撤回")]
    [DataRow(AdjustmentReason.MarketChange, "market change", "市场变化")]
    [DataRow(AdjustmentReason.TeamChange, "team change", "团队变动")]
    [DataRow(AdjustmentReason.NewOpportunity, "new opportunity", "新商机")]
    [DataRow(AdjustmentReason.Correction, "correction", "更正")]
    public void Render_EnumParameter_TheValuesWordInEachLanguage(object value, string english, string chinese)
    {
        Assert.AreEqual($"An adjustment that is {english} cannot become x.", RenderTransition(value, RuleMessages.English));
        Assert.AreEqual($"处于“{chinese}”状态的调整申请不能变为“x”。", RenderTransition(value, RuleMessages.SimplifiedChinese));
    }

    [TestMethod]
    public void Render_EnumWithoutWords_ItsName()
    {
        Assert.AreEqual("An adjustment that is Friday cannot become x.", RenderTransition(DayOfWeek.Friday, RuleMessages.English));
        Assert.AreEqual("处于“Friday”状态的调整申请不能变为“x”。", RenderTransition(DayOfWeek.Friday, RuleMessages.SimplifiedChinese));
    }

    [TestMethod]
    [DataRow(RuleMessages.English, "An adjustment that is time, dimension cannot become x.")]
    [DataRow(RuleMessages.SimplifiedChinese, "处于“时间、业务维度”状态的调整申请不能变为“x”。")]
    public void Render_ListParameter_JoinedTheLanguagesWay(int lcid, string expected)
    {
        Assert.AreEqual(expected, RenderTransition(new[] { SplitAxis.Time, SplitAxis.Dimension }, lcid));
    }

    [TestMethod]
    [DataRow(1234.5, "An adjustment that is 1234.5 cannot become x.")]
    [DataRow(-0.25, "An adjustment that is -0.25 cannot become x.")]
    public void Render_NumberParameter_WrittenInvariant(double number, string expected)
    {
        Assert.AreEqual(expected, RenderTransition((decimal)number, RuleMessages.English));
    }

    [TestMethod]
    public void Render_OtherParameter_ItsText()
    {
        var id = new Guid("00000000-0000-0000-0000-000000000042");

        Assert.AreEqual("An adjustment that is 00000000-0000-0000-0000-000000000042 cannot become x.", RenderTransition(id, RuleMessages.English));
        Assert.AreEqual("An adjustment that is True cannot become x.", RenderTransition(true, RuleMessages.English));
    }

    [TestMethod]
    [DataRow(1033, false)]
    [DataRow(2052, true)]
    [DataRow(1028, false)]
    [DataRow(0, false)]
    public void IsChinese_Lcid_OnlySimplifiedChinese(int lcid, bool expected)
    {
        Assert.AreEqual(expected, RuleMessages.IsChinese(lcid));
    }

    [TestMethod]
    public void Render_ProblemAndItsCode_SameTextAsToString()
    {
        var problem = new RuleProblem(RuleCode.AdjustmentSelfApproval, RuleSeverity.Error, null, new Dictionary<string, object>());

        Assert.AreEqual("You cannot approve your own adjustment request.", problem.ToString());
        Assert.AreEqual("AdjustmentSelfApproval", problem.CodeText);
    }
}
