using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SalesGoals.Crm.Reporting.Data;
using SalesGoals.Crm.Reporting.Reports;

namespace SalesGoals.Crm.Reporting.Alerts;

/// <summary>Writes an alert's notice in English or Simplified Chinese: what happened, the goal's figures, the top
/// follow-ups (open opportunities and leads, in the plug-ins' rank) and the team's playbook link.</summary>
public static class AlertMessageComposer
{
    public const int MaxFollowUps = 5;

    public static AlertMessage Compose(PendingAlert alert, AlertPhase phase, GoalRow goal, string assignee, string? playbook, ReportLanguage language)
    {
        var zh = language == ReportLanguage.Chinese;
        var labels = ReportLabels.For(language);
        var s = goal.Stored;
        var gap = Number(s.PaceGapPercent ?? alert.PaceGapAtRaise);
        var periodEnded = phase == AlertPhase.Resolved && alert.Resolution == AlertResolution.PeriodEnded;
        var title = (phase, alert.Kind) switch
        {
            (AlertPhase.Resolved, _) when periodEnded => zh ? $"考核期已结束：{goal.Name}（{assignee}）" : $"Period ended: {goal.Name} ({assignee})",
            (AlertPhase.Resolved, _) => zh ? $"已恢复正常进度：{goal.Name}（{assignee}）" : $"Back on track: {goal.Name} ({assignee})",
            (_, AlertKind.Achieved) => zh ? $"目标已达成：{goal.Name}（{assignee}）" : $"Target achieved: {goal.Name} ({assignee})",
            (_, AlertKind.Stretch) => zh ? $"已达成超越目标：{goal.Name}（{assignee}）" : $"Stretch target reached: {goal.Name} ({assignee})",
            _ => zh ? $"进度预警：{goal.Name}（{assignee}）落后 {gap}%" : $"At risk: {goal.Name} ({assignee}) is {gap}% behind pace",
        };
        var figures = periodEnded ? FinalFigures(goal, labels, zh) : zh
            ? $"{goal.Start}–{goal.End}：已完成 {Number(s.Actual)} / 目标 {Number(goal.Target)}（完成率 {Number(s.AttainmentPercent)}%），截至目前应完成 {Number(s.ExpectedToDate)}。"
            : $"{goal.Start} to {goal.End}: {Number(s.Actual)} of {Number(goal.Target)} ({Number(s.AttainmentPercent)}%), {Number(s.ExpectedToDate)} expected by now.";
        var followUps = phase == AlertPhase.Raised && alert.Kind == AlertKind.AtRisk
            ? alert.FollowUps.Take(MaxFollowUps).Select((f, i) => FollowUpLine(f, i + 1, zh)).ToList()
            : [];
        var body = figures;
        if (followUps.Count > 0)
        {
            body += (zh ? " 建议跟进：" : " Follow up: ") + string.Join(zh ? "；" : "; ", followUps);
        }

        if (playbook is not null && phase == AlertPhase.Raised && alert.Kind == AlertKind.AtRisk)
        {
            body += (zh ? " 销售手册：" : " Playbook: ") + playbook;
        }

        var facts = new List<(string, string)>
        {
            (labels.Column(ReportColumn.Target, ReportKind.Weekly), Number(goal.Target)),
            (labels.Column(ReportColumn.Actual, ReportKind.Weekly), Number(s.Actual)),
            (labels.Column(ReportColumn.Attainment, ReportKind.Weekly), Number(s.AttainmentPercent)),
            (labels.Column(ReportColumn.ExpectedToDate, ReportKind.Weekly), Number(s.ExpectedToDate)),
            (labels.Column(ReportColumn.Pace, ReportKind.Weekly), s.Status is { } status ? labels.Status(status) : ""),
        };
        return new AlertMessage(Cut(title, AlertMessage.MaxTitle), Cut(body, AlertMessage.MaxBody), facts, followUps);
    }

    // The goal closed with its period while at risk: nothing is expected any more, so the notice gives the final figures
    // and tier the sweep froze instead of "expected by now".
    private static string FinalFigures(GoalRow goal, ReportLabels labels, bool zh)
    {
        var s = goal.Stored;
        var tier = s.Tier is { } t ? labels.TierName(t) : "–";
        return zh
            ? $"考核期 {goal.Start}–{goal.End} 已结束，进度预警随之关闭。最终结果：已完成 {Number(s.Actual)} / 目标 {Number(goal.Target)}（完成率 {Number(s.AttainmentPercent)}%），达成档位：{tier}。"
            : $"The period {goal.Start} to {goal.End} is over and the at-risk alert is closed. Final: {Number(s.Actual)} of {Number(goal.Target)} ({Number(s.AttainmentPercent)}%), tier {tier}.";
    }

    // The plug-ins stored the list ranked (value × probability, then the nearest close date): kept in that order.
    private static string FollowUpLine(FollowUp f, int rank, bool zh) => (zh, f.IsLead) switch
    {
        (true, true) => $"{rank}. {f.Name}（线索，加权 {Number(f.Weighted)}）",
        (true, false) => $"{rank}. {f.Name}（加权 {Number(f.Weighted)}）",
        (false, true) => $"{rank}. {f.Name} (lead, weighted {Number(f.Weighted)})",
        _ => $"{rank}. {f.Name} (weighted {Number(f.Weighted)})",
    };

    private static string Number(decimal? value) => value?.ToString("#,##0.##", CultureInfo.InvariantCulture) ?? "–";

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
