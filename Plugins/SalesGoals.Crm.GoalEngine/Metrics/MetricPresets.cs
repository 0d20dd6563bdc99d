using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Goals;

namespace SalesGoals.Crm.GoalEngine.Metrics;

/// <summary>
/// The metrics that ship (goals.md §1). Table and column names are Dataverse logical names; the
/// custom dimension columns use the solution prefix and may be remapped by the plug-ins.
/// </summary>
public static class MetricPresets
{
    /// <summary>External actuals: deals pulled from Zoho CRM and Fenxiang, counted like opportunities.</summary>
    public const string ExternalActualTable = "sg_externalactual";

    private static readonly IReadOnlyDictionary<DimensionKind, string> OpportunityDimensions = new Dictionary<DimensionKind, string>
    {
        [DimensionKind.ProductLine] = "sg_productline",
        [DimensionKind.Region] = "sg_region",
        [DimensionKind.Segment] = "sg_segment",
    };

    private static readonly string[] Won = { SourceStates.Won };
    private static readonly string[] Closed = { SourceStates.Won, SourceStates.Lost };

    public static MetricDefinition WonRevenue { get; } = Opportunity(MetricCodes.WonRevenue, "Won revenue", "赢单金额", MetricKind.Amount, new MetricMeasure(MeasureKind.Amount, Won, "actualvalue_base"));

    public static MetricDefinition WonDealCount { get; } = Opportunity(MetricCodes.WonDealCount, "Won deals", "赢单数", MetricKind.Count, new MetricMeasure(MeasureKind.Count, Won));

    public static MetricDefinition NewCustomerRevenue { get; } = Opportunity(MetricCodes.NewCustomerRevenue, "New-customer revenue", "新客户销售额", MetricKind.Amount, new MetricMeasure(MeasureKind.Amount, Won, "actualvalue_base")) with { RequiredFlag = SourceFlags.NewCustomer };

    public static MetricDefinition RepeatCustomerRevenue { get; } = Opportunity(MetricCodes.RepeatCustomerRevenue, "Repeat-customer revenue", "老客户销售额", MetricKind.Amount, new MetricMeasure(MeasureKind.Amount, Won, "actualvalue_base")) with { RequiredFlag = SourceFlags.RepeatCustomer };

    /// <summary>Accounts with their first won deal: counts the won deal flagged new-customer.</summary>
    public static MetricDefinition NewCustomers { get; } = Opportunity(MetricCodes.NewCustomers, "New customers", "新客户数", MetricKind.Count, new MetricMeasure(MeasureKind.Count, Won)) with { RequiredFlag = SourceFlags.NewCustomer };

    public static MetricDefinition LostDealCount { get; } = Opportunity(MetricCodes.LostDealCount, "Lost deals", "输单数", MetricKind.Count, new MetricMeasure(MeasureKind.Count, new[] { SourceStates.Lost }));

    public static MetricDefinition WinRate { get; } = Opportunity(MetricCodes.WinRate, "Win rate", "赢单率", MetricKind.Ratio, new MetricMeasure(MeasureKind.Count, Won)) with { Denominator = new MetricMeasure(MeasureKind.Count, Closed) };

    public static MetricDefinition AverageDealSize { get; } = Opportunity(MetricCodes.AverageDealSize, "Average deal size", "平均客单价", MetricKind.Ratio, new MetricMeasure(MeasureKind.Amount, Won, "actualvalue_base")) with { Denominator = new MetricMeasure(MeasureKind.Count, Won) };

    public static MetricDefinition SalesCycleLength { get; } = Opportunity(MetricCodes.SalesCycleLength, "Sales cycle (days)", "销售周期（天）", MetricKind.Ratio, new MetricMeasure(MeasureKind.DurationDays, Won)) with
    {
        Denominator = new MetricMeasure(MeasureKind.Count, Won),
        Direction = MetricDirection.LowerIsBetter,
    };

    /// <summary>Completed appointments, dated by their actual end (the scheduled end when none was recorded).</summary>
    public static MetricDefinition CompletedVisits { get; } = new()
    {
        Code = MetricCodes.CompletedVisits,
        NameEnglish = "Completed visits",
        NameChinese = "完成拜访数",
        Kind = MetricKind.Count,
        SourceTable = "appointment",
        DateColumn = "actualend",
        Numerator = new MetricMeasure(MeasureKind.Count, new[] { SourceStates.Completed }),
    };

    public static MetricDefinition LeadsCreated { get; } = new()
    {
        Code = MetricCodes.LeadsCreated,
        NameEnglish = "Leads created",
        NameChinese = "新增线索数",
        Kind = MetricKind.Count,
        SourceTable = "lead",
        DateColumn = "createdon",
        Numerator = new MetricMeasure(MeasureKind.Count, new[] { SourceStates.Created, SourceStates.Open, SourceStates.Won, SourceStates.Lost }),
    };

    /// <summary>回款: paid invoices (or payment records mapped to the same shape).</summary>
    public static MetricDefinition CollectedRevenue { get; } = new()
    {
        Code = MetricCodes.CollectedRevenue,
        NameEnglish = "Collected revenue",
        NameChinese = "回款金额",
        Kind = MetricKind.Amount,
        SourceTable = "invoice",
        DateColumn = "sg_paidon",
        Numerator = new MetricMeasure(MeasureKind.Amount, new[] { SourceStates.Paid }, "totalamount_base"),
        DimensionColumns = OpportunityDimensions,
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
        SourceTable = "opportunity",
        AdditionalSourceTables = new[] { ExternalActualTable },
        DateColumn = "actualclosedate",
        DimensionColumns = OpportunityDimensions,
        Numerator = numerator,
    };
}
