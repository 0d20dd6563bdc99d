using System;
using System.Collections.Generic;
using SalesGoals.Crm.GoalEngine.Ledger;
using SalesGoals.Crm.GoalEngine.Metrics;

namespace SalesGoals.Crm.GoalEngine.Tests.Ledger;

/// <summary>
/// A ledger row is one (goal, source record, metric): two deals won against the same goal are two
/// rows that both count, and a deal counted for two metrics or two goals is counted in each.
/// </summary>
[TestClass]
public class LedgerKeyTests
{
    private static readonly Guid Goal = new("11111111-1111-1111-1111-111111111111");
    private static readonly Guid Record = new("22222222-2222-2222-2222-222222222222");
    private static readonly Guid Other = new("33333333-3333-3333-3333-333333333333");

    [TestMethod]
    [DataRow(true, false, false)]
    [DataRow(false, true, false)]
    [DataRow(false, false, true)]
    public void Equals_KeysDifferingInOnePart_AreDifferentRows(bool otherGoal, bool otherRecord, bool otherMetric)
    {
        var key = new LedgerKey(Goal, Record, MetricCodes.WonRevenue);
        var other = new LedgerKey(otherGoal ? Other : Goal, otherRecord ? Other : Record, otherMetric ? MetricCodes.WonDealCount : MetricCodes.WonRevenue);

        Assert.IsFalse(key.Equals(other));
        Assert.IsFalse(key == other);
        Assert.IsTrue(key != other);
        Assert.IsFalse(key.Equals((object)other));
        Assert.AreEqual(2, new HashSet<LedgerKey> { key, other }.Count);
    }

    [TestMethod]
    public void Equals_SameGoalRecordAndMetricInOtherCase_IsTheSameRow()
    {
        var key = new LedgerKey(Goal, Record, " Won-Revenue ");
        var same = new LedgerKey(Goal, Record, "won-revenue");

        Assert.IsTrue(key == same);
        Assert.IsFalse(key != same);
        Assert.IsTrue(key.Equals((object)same));
        Assert.AreEqual(key.GetHashCode(), same.GetHashCode());
        Assert.AreEqual(1, new HashSet<LedgerKey> { key, same }.Count);
        Assert.AreEqual("won-revenue", key.MetricCode);
    }

    [TestMethod]
    public void Equals_AnotherType_IsFalse()
    {
        Assert.IsFalse(new LedgerKey(Goal, Record, MetricCodes.WonRevenue).Equals("won-revenue"));
    }

    [TestMethod]
    public void ToString_Key_NamesGoalRecordAndMetric()
    {
        Assert.AreEqual(
            "11111111-1111-1111-1111-111111111111/22222222-2222-2222-2222-222222222222/won-revenue",
            new LedgerKey(Goal, Record, "Won-Revenue").ToString());
    }

    [TestMethod]
    [DataRow(null)]
    [DataRow("")]
    [DataRow("   ")]
    public void Constructor_NoMetricCode_ThrowsClearError(string? metricCode)
    {
        var error = Assert.ThrowsExactly<ArgumentException>(() => new LedgerKey(Goal, Record, metricCode!));

        StringAssert.Contains(error.Message, "metric code");
    }

    [TestMethod]
    public void ApplyRecord_TwoDealsWonForOneGoal_BothCount()
    {
        var ledger = new ContributionLedger();

        ledger.ApplyRecord(Record, new[] { new LedgerEntry(new LedgerKey(Goal, Record, MetricCodes.WonRevenue), new MetricTotals(80_000m, 0m)) });
        ledger.ApplyRecord(Other, new[] { new LedgerEntry(new LedgerKey(Goal, Other, MetricCodes.WonRevenue), new MetricTotals(90_000m, 0m)) });

        Assert.AreEqual(new MetricTotals(170_000m, 0m), ledger.ActualOf(Goal));
        Assert.AreEqual(new MetricTotals(170_000m, 0m), ledger.RecomputeOf(Goal));
    }
}
