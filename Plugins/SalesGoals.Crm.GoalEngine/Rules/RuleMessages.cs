using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SalesGoals.Crm.GoalEngine.Adjustments;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.GoalEngine.Rules;

/// <summary>
/// Renders rule problems in the user's language: Simplified Chinese for LCID 2052, English for
/// 1033 and every other language.
/// </summary>
public static class RuleMessages
{
    public const int English = 1033;
    public const int SimplifiedChinese = 2052;

    private static readonly Dictionary<Enum, string[]> EnumTexts = new()
    {
        [PeriodType.Year] = new[] { "year", "年度" },
        [PeriodType.Quarter] = new[] { "quarter", "季度" },
        [PeriodType.Month] = new[] { "month", "月度" },
        [PeriodType.Week] = new[] { "week", "周" },
        [PeriodType.Day] = new[] { "day", "日" },
        [PeriodType.Custom] = new[] { "custom period", "自定义周期" },
        [SplitAxis.None] = new[] { "none", "无" },
        [SplitAxis.Time] = new[] { "time", "时间" },
        [SplitAxis.Assignee] = new[] { "assignee", "负责人" },
        [SplitAxis.Dimension] = new[] { "dimension", "业务维度" },
        [DimensionKind.ProductLine] = new[] { "product line", "产品线" },
        [DimensionKind.Region] = new[] { "region", "区域" },
        [DimensionKind.Segment] = new[] { "customer segment", "客户类型" },
        [AchievabilityRating.NoHistory] = new[] { "no history", "无历史数据" },
        [AchievabilityRating.WithinRange] = new[] { "within range", "合理" },
        [AchievabilityRating.Aggressive] = new[] { "aggressive", "激进" },
        [AchievabilityRating.Unrealistic] = new[] { "unrealistic", "不切实际" },
        [AdjustmentStatus.Submitted] = new[] { "submitted", "已提交" },
        [AdjustmentStatus.Approved] = new[] { "approved", "已批准" },
        [AdjustmentStatus.Rejected] = new[] { "rejected", "已驳回" },
        [AdjustmentStatus.Applied] = new[] { "applied", "已生效" },
        [AdjustmentStatus.Withdrawn] = new[] { "withdrawn", "已撤回" },
        [AdjustmentReason.MarketChange] = new[] { "market change", "市场变化" },
        [AdjustmentReason.TeamChange] = new[] { "team change", "团队变动" },
        [AdjustmentReason.NewOpportunity] = new[] { "new opportunity", "新商机" },
        [AdjustmentReason.Correction] = new[] { "correction", "更正" },
    };

    public static bool IsChinese(int lcid) => lcid == SimplifiedChinese;

    public static string Render(RuleProblem problem, int lcid)
    {
        var language = IsChinese(lcid) ? 1 : 0;
        var template = MessageTemplates.Texts.TryGetValue(problem.Code, out var texts)
            ? texts[language]
            : problem.Code.ToString();
        var text = new StringBuilder(template);
        foreach (var parameter in problem.Parameters)
        {
            text.Replace("{" + parameter.Key + "}", Format(parameter.Value, language));
        }

        return text.ToString();
    }

    private static string Format(object value, int language) => value switch
    {
        string s => s,
        Enum e => EnumTexts.TryGetValue(e, out var texts) ? texts[language] : e.ToString(),
        IEnumerable items => string.Join(language == 1 ? "、" : ", ", items.Cast<object>().Select(i => Format(i, language))),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
