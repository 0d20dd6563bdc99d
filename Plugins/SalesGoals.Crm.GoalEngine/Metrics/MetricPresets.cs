using System;
using System.Collections.Generic;
using System.Linq;

namespace SalesGoals.Crm.GoalEngine.Metrics;

/// <summary>
/// The metrics that ship (goals.md §1), each reading a <see cref="SourceKind"/>; which table and columns a
/// kind is read from is the plug-ins' business (Attainment/Sources/MetricSourceMap).
/// </summary>
public static class MetricPresets
{
    private static readonly string[] Won = { SourceStates.Won };
    private static readonly string[] Closed = { SourceStates.Won, SourceStates.Lost };

    public static MetricDefinition WonRevenue { get; } = Opportunity(MetricCodes.WonRevenue, "Won revenue", "赢单金额", MetricKind.Amount, new MetricMeasure(MeasureKind.Amount, Won));

    public static MetricDefinition WonDealCount { get; } = Opportunity(MetricCodes.WonDealCount, "Won deals", "赢单数", MetricKind.Count, new MetricMeasure(MeasureKind.Count, Won));

    public static MetricDefinition NewCustomerRevenue { get; } = Opportunity(MetricCodes.NewCustomerRevenue, "New-customer revenue", "新客户销售额", MetricKind.Amount, new MetricMeasure(MeasureKind.Amount, Won)) with { RequiredFlag = SourceFlags.NewCustomer };

    public static MetricDefinition RepeatCustomerRevenue { get; } = Opportunity(MetricCodes.RepeatCustomerRevenue, "Repeat-customer revenue", "老客户销售额", MetricKind.Amount, new MetricMeasure(MeasureKind.Amount, Won)) with { RequiredFlag = SourceFlags.RepeatCustomer };

    /// <summary>Accounts with their first won deal: counts the won deal flagged new-customer.</summary>
    public static MetricDefinition NewCustomers { get; } = Opportunity(MetricCodes.NewCustomers, "New customers", "新客户数", MetricKind.Count, new MetricMeasure(MeasureKind.Count, Won)) with { RequiredFlag = SourceFlags.NewCustomer };

    public static MetricDefinition LostDealCount { get; } = Opportunity(MetricCodes.LostDealCount, "Lost deals", "输单数", MetricKind.Count, new MetricMeasure(MeasureKind.Count, new[] { SourceStates.Lost }));

    public static MetricDefinition WinRate { get; } = Opportunity(MetricCodes.WinRate, "Win rate", "赢单率", MetricKind.Ratio, new MetricMeasure(MeasureKind.Count, Won)) with { Denominator = new MetricMeasure(MeasureKind.Count, Closed) };

    public static MetricDefinition AverageDealSize { get; } = Opportunity(MetricCodes.AverageDealSize, "Average deal size", "平均客单价", MetricKind.Ratio, new MetricMeasure(MeasureKind.Amount, Won)) with { Denominator = new MetricMeasure(MeasureKind.Count, Won) };

    public static MetricDefinition SalesCycleLength { get; } = Opportunity(MetricCodes.SalesCycleLength, "Sales cycle (days)", "销售周期（天）", MetricKind.Ratio, new MetricMeasure(MeasureKind.DurationDays, Won)) with
    {
        Denominator = new MetricMeasure(MeasureKind.Count, Won),
        Direction = MetricDirection.LowerIsBetter,
    };

    /// <summary>Completed visits, dated by their end.</summary>
    public static MetricDefinition CompletedVisits { get; } = new()
    {
        Code = MetricCodes.CompletedVisits,
        NameEnglish = "Completed visits",
        NameChinese = "完成拜访数",
        Kind = MetricKind.Count,
        Source = SourceKind.Visit,
        Numerator = new MetricMeasure(MeasureKind.Count, new[] { SourceStates.Completed }),
    };

    public static MetricDefinition LeadsCreated { get; } = new()
    {
        Code = MetricCodes.LeadsCreated,
        NameEnglish = "Leads created",
        NameChinese = "新增线索数",
        Kind = MetricKind.Count,
        Source = SourceKind.Lead,
        Numerator = new MetricMeasure(MeasureKind.Count, new[] { SourceStates.Created, SourceStates.Open, SourceStates.Won, SourceStates.Lost }),
    };

    /// <summary>回款: collected payments (paid invoices, or payment records mapped to the same shape).</summary>
    public static MetricDefinition CollectedRevenue { get; } = new()
    {
        Code = MetricCodes.CollectedRevenue,
        NameEnglish = "Collected revenue",
        NameChinese = "回款金额",
        Kind = MetricKind.Amount,
        Source = SourceKind.Payment,
        Numerator = new MetricMeasure(MeasureKind.Amount, new[] { SourceStates.Paid }),
    };

    public static IReadOnlyList<MetricDefinition> All { get; } = new[]
    {
        WonRevenue, WonDealCount, NewCustomerRevenue, RepeatCustomerRevenue, NewCustomers, LostDealCount,
        WinRate, AverageDealSize, CompletedVisits, LeadsCreated, CollectedRevenue, SalesCycleLength,
    };

    public static bool TryGet(string code, out MetricDefinition metric)
    {
        metric = All.FirstOrDefault(m => string.Equals(m.Code, code, StringComparison.OrdinalIgnoreCase))!;
        return metric != null;
    }

    public static MetricDefinition Get(string code) =>
        TryGet(code, out var metric)
            ? metric
            : throw new ArgumentException($"Unknown metric '{code}'. Known metrics: {string.Join(", ", All.Select(m => m.Code))}.", nameof(code));

    private static MetricDefinition Opportunity(string code, string english, string chinese, MetricKind kind, MetricMeasure numerator) => new()
    {
        Code = code,
        NameEnglish = english,
        NameChinese = chinese,
        Kind = kind,
        Source = SourceKind.Deal,
        AdditionalSources = new[] { SourceKind.ExternalDeal },
        Numerator = numerator,
    };
}
