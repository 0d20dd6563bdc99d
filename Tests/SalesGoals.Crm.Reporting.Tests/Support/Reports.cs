using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Reporting.Reports;

namespace SalesGoals.Crm.Reporting.Tests.Support;

/// <summary>A small report from goals.md's examples: company (Zhang Wei) → team 华东团队 → Li Na (E7, at risk) and Wang Fang (E8, behind).</summary>
internal static class Reports
{
    public static readonly LocalDate Feb15 = new(2026, 2, 15);

    public static CompletionReport E7AndE8(ReportKind kind = ReportKind.Weekly)
    {
        var data = new ReportData();
        var company = data.Goal("Company Q1", 4_600_000m, user: data.Person("Zhang Wei"), split: SplitAxis.Assignee);
        var east = data.Goal("East Q1", 4_600_000m, team: data.Team("华东团队"), parent: company, split: SplitAxis.Assignee);
        var li = data.Goal("李娜 Q1", 2_300_000m, user: data.Person("李娜"), parent: east, baseValue: 1_840_000m, stretch: 2_760_000m);
        var wang = data.Goal("Wang Fang Q1", 2_300_000m, user: data.Person("Wang Fang"), parent: east);
        data.Won(li, 550_000m, new LocalDate(2026, 1, 20)).Won(li, 100_000m, new LocalDate(2026, 2, 10))
            .Won(wang, 700_000m, new LocalDate(2026, 2, 3));
        return CompletionReportBuilder.Build(data.Build(), new ReportRequest(kind, Feb15));
    }
}
