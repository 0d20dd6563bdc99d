using System.Linq;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.GoalEngine.Tests.Builders;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.GoalEngine.Tests.Metrics;

/// <summary>
/// goals.md §1's metric table, row by row: the names users see in both languages, the kind of records each
/// preset reads and what it counts. Which table and columns a kind is read from is pinned by the plug-ins'
/// tests (Tests/SalesGoals.Crm.Plugins.Tests/Attainment/Sources/MetricSourceMapTests).
/// </summary>
[TestClass]
public class MetricPresetTableTests
{
    [TestMethod]
    [DataRow(MetricCodes.WonRevenue, "Won revenue", "赢单金额", MetricKind.Amount, SourceKind.Deal, "Amount:won", "", null)]
    [DataRow(MetricCodes.WonDealCount, "Won deals", "赢单数", MetricKind.Count, SourceKind.Deal, "Count:won", "", null)]
    [DataRow(MetricCodes.NewCustomerRevenue, "New-customer revenue", "新客户销售额", MetricKind.Amount, SourceKind.Deal, "Amount:won", "", SourceFlags.NewCustomer)]
    [DataRow(MetricCodes.RepeatCustomerRevenue, "Repeat-customer revenue", "老客户销售额", MetricKind.Amount, SourceKind.Deal, "Amount:won", "", SourceFlags.RepeatCustomer)]
    [DataRow(MetricCodes.NewCustomers, "New customers", "新客户数", MetricKind.Count, SourceKind.Deal, "Count:won", "", SourceFlags.NewCustomer)]
    [DataRow(MetricCodes.LostDealCount, "Lost deals", "输单数", MetricKind.Count, SourceKind.Deal, "Count:lost", "", null)]
    [DataRow(MetricCodes.WinRate, "Win rate", "赢单率", MetricKind.Ratio, SourceKind.Deal, "Count:won", "Count:won,lost", null)]
    [DataRow(MetricCodes.AverageDealSize, "Average deal size", "平均客单价", MetricKind.Ratio, SourceKind.Deal, "Amount:won", "Count:won", null)]
    [DataRow(MetricCodes.SalesCycleLength, "Sales cycle (days)", "销售周期（天）", MetricKind.Ratio, SourceKind.Deal, "DurationDays:won", "Count:won", null)]
    [DataRow(MetricCodes.CompletedVisits, "Completed visits", "完成拜访数", MetricKind.Count, SourceKind.Visit, "Count:completed", "", null)]
    [DataRow(MetricCodes.LeadsCreated, "Leads created", "新增线索数", MetricKind.Count, SourceKind.Lead, "Count:created,open,won,lost", "", null)]
    [DataRow(MetricCodes.CollectedRevenue, "Collected revenue", "回款金额", MetricKind.Amount, SourceKind.Payment, "Amount:paid", "", null)]
    public void Preset_Code_HasItsNamesSourceAndMeasures(
        string code, string english, string chinese, MetricKind kind, SourceKind source, string numerator, string denominator, string? flag)
    {
        static string Describe(MetricMeasure? m) => m == null ? "" : $"{m.Kind}:{string.Join(",", m.States)}";

        var metric = MetricPresets.Get(code);

        Assert.AreEqual(code, metric.Code);
        Assert.AreEqual(english, metric.NameEnglish);
        Assert.AreEqual(chinese, metric.NameChinese);
        Assert.AreEqual(kind, metric.Kind);
        Assert.AreEqual(source, metric.Source);
        Assert.AreEqual(numerator, Describe(metric.Numerator));
        Assert.AreEqual(denominator, Describe(metric.Denominator));
        Assert.AreEqual(flag, metric.RequiredFlag);
        Assert.AreEqual(code == MetricCodes.SalesCycleLength ? MetricDirection.LowerIsBetter : MetricDirection.HigherIsBetter, metric.Direction);
        Assert.AreEqual(kind == MetricKind.Count ? 0 : null, metric.FixedPrecision);
    }

    [TestMethod]
    [DataRow(MetricCodes.WonRevenue, true)]
    [DataRow(MetricCodes.WinRate, true)]
    [DataRow(MetricCodes.CollectedRevenue, false)]
    [DataRow(MetricCodes.CompletedVisits, false)]
    [DataRow(MetricCodes.LeadsCreated, false)]
    public void Preset_Code_ReadsExternalDealsOnlyWhereDealsAre(string code, bool readsExternal)
    {
        var metric = MetricPresets.Get(code);

        Assert.AreEqual(readsExternal, metric.ReadsFrom(SourceKind.ExternalDeal));
        CollectionAssert.AreEqual(readsExternal ? new[] { SourceKind.ExternalDeal } : System.Array.Empty<SourceKind>(), metric.AdditionalSources.ToArray());
    }

    [TestMethod]
    [DataRow(SourceKind.Deal, true)]
    [DataRow(SourceKind.ExternalDeal, true)]
    [DataRow(SourceKind.Lead, false)]
    [DataRow(SourceKind.None, false)]
    public void ReadsFrom_Source_ItsOwnAndAdditionalSourcesOnly(SourceKind source, bool expected)
    {
        Assert.AreEqual(expected, MetricPresets.WonDealCount.ReadsFrom(source));
    }

    [TestMethod]
    [DataRow(" won-revenue", false)]
    [DataRow("WON-REVENUE", true)]
    public void TryGet_Code_MatchesExactCodeIgnoringCase(string code, bool found)
    {
        Assert.AreEqual(found, MetricPresets.TryGet(code, out var metric));
        Assert.AreEqual(found ? MetricPresets.WonRevenue : null, metric);
    }

    [TestMethod]
    public void Get_UnknownCode_ListsEveryKnownCodeInOrder()
    {
        var error = Assert.ThrowsExactly<System.ArgumentException>(() => MetricPresets.Get("revenue"));

        StringAssert.StartsWith(error.Message, "Unknown metric 'revenue'. Known metrics: " + string.Join(", ", MetricPresets.All.Select(m => m.Code)) + ".");
        StringAssert.Contains(error.Message, "won-revenue, won-deal-count, new-customer-revenue");
    }

    [TestMethod]
    [DataRow(0.0, 0.0, true)]
    [DataRow(1.0, 0.0, false)]
    [DataRow(0.0, 1.0, false)]
    public void IsZero_Parts_OnlyWhenBothAreZero(double numerator, double denominator, bool expected)
    {
        Assert.AreEqual(expected, new MetricTotals((decimal)numerator, (decimal)denominator).IsZero);
    }

    [TestMethod]
    [DataRow(MetricKind.Amount, 7.0, 0.0, 7.0)]
    [DataRow(MetricKind.Count, 3.0, 2.0, 3.0)]
    [DataRow(MetricKind.Ratio, 3.0, 2.0, 1.5)]
    [DataRow(MetricKind.Ratio, 3.0, 0.0, null)]
    public void ValueFor_Kind_NumeratorOrQuotient(MetricKind kind, double numerator, double denominator, double? expected)
    {
        Assert.AreEqual((decimal?)expected, new MetricTotals((decimal)numerator, (decimal)denominator).ValueFor(kind));
    }

    [TestMethod]
    public void Operators_Parts_AddSubtractAndNegateEachPart()
    {
        var a = new MetricTotals(10m, 3m);
        var b = new MetricTotals(4m, 1m);

        Assert.AreEqual(new MetricTotals(14m, 4m), a + b);
        Assert.AreEqual(new MetricTotals(6m, 2m), a - b);
        Assert.AreEqual(new MetricTotals(-10m, -3m), -a);
    }

    [TestMethod]
    public void Contribution_FactPushedForOneMetric_FeedsOnlyThatMetricWhateverTheCase()
    {
        var rep = System.Guid.NewGuid();
        var fact = FactBuilder.AWonDeal().OwnedBy(rep).Build() with { MetricCode = "WON-DEAL-COUNT" };
        GoalSnapshot Goal(string metric) => GoalBuilder.AGoal().WithAssignee(Assignee.User(rep)).WithMetric(metric)
            .WithPeriod(FiscalCalendar.Month(2026, 3)).Build();

        Assert.AreEqual(new MetricTotals(1m, 0m), ContributionCalculator.Contribution(Goal(MetricCodes.WonDealCount), MetricPresets.WonDealCount, fact));
        Assert.IsNull(ContributionCalculator.Contribution(Goal(MetricCodes.WonRevenue), MetricPresets.WonRevenue, fact));
    }

    [TestMethod]
    public void Contribution_RequiredFlagInOtherCase_StillCounts()
    {
        var rep = System.Guid.NewGuid();
        var fact = FactBuilder.AWonDeal().OwnedBy(rep).Worth(5m).Flagged("other", "NEW-Customer").Build();
        var goal = GoalBuilder.AGoal().WithAssignee(Assignee.User(rep)).WithMetric(MetricCodes.NewCustomerRevenue)
            .WithPeriod(FiscalCalendar.Month(2026, 3)).Build();

        Assert.AreEqual(new MetricTotals(5m, 0m), ContributionCalculator.Contribution(goal, MetricPresets.NewCustomerRevenue, fact));
    }

    [TestMethod]
    public void NewMetricAndFact_Defaults_EmptyTextsNoSourceAndWonCount()
    {
        var metric = new MetricDefinition();
        var fact = new SourceFact();

        Assert.AreEqual("||", string.Join("|", metric.Code, metric.NameEnglish, metric.NameChinese));
        Assert.AreEqual(SourceKind.None, metric.Source);
        Assert.AreEqual(0, metric.AdditionalSources.Count);
        Assert.AreEqual("Count:won", $"{metric.Numerator.Kind}:{string.Join(",", metric.Numerator.States)}");
        Assert.IsNull(metric.Denominator);
        Assert.AreEqual(SourceKind.None, fact.Source);
        Assert.AreEqual("", fact.State);
        Assert.IsTrue(metric.ReadsFrom(fact.Source));
    }
}
