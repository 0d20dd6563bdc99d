using System;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Plugins.Goals;
using SalesGoals.Crm.Plugins.Schema;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Goals;

/// <summary>
/// The sg_goal columns the rules and the duplicate check read: a wrong choice mapping would judge a month goal as a
/// locking quarter, a wrong scope key would refuse a goal that is no duplicate (or let a duplicate in).
/// </summary>
[TestClass]
public sealed class GoalMapperTests
{
    [TestMethod]
    [DataRow(100000000, PeriodType.Year)]
    [DataRow(100000001, PeriodType.Quarter)]
    [DataRow(100000002, PeriodType.Month)]
    [DataRow(100000003, PeriodType.Week)]
    [DataRow(100000004, PeriodType.Day)]
    [DataRow(100000005, PeriodType.Custom)]
    public void PeriodTypeChoice_EachValue_MapsBothWays(int choice, PeriodType type)
    {
        Assert.AreEqual(type, GoalMapper.PeriodTypeOf(new OptionSetValue(choice)));
        Assert.AreEqual(choice, GoalMapper.PeriodTypeOption(type).Value);
    }

    [TestMethod]
    public void PeriodTypeOf_NoChoice_IsCustom() => Assert.AreEqual(PeriodType.Custom, GoalMapper.PeriodTypeOf(null));

    [TestMethod]
    public void ToSnapshot_BareRow_TakesTheDefaultsAUserWouldExpect()
    {
        var snapshot = GoalMapper.ToSnapshot(new Entity(SgGoal.LogicalName, Guid.NewGuid()), null);

        Assert.AreEqual((GoalState.Draft, false, 0m, 0m, SplitAxis.None), (snapshot.State, snapshot.IsLocked, snapshot.Target, snapshot.AllowedOverAssignmentPercent, snapshot.SplitAxis));
        Assert.IsNull(snapshot.Assignee);
        Assert.IsNull(snapshot.PeriodStart);
        Assert.AreEqual(2, snapshot.Precision);
    }

    [TestMethod]
    public void ToSnapshot_FullRow_ReadsEveryColumn()
    {
        var team = Guid.NewGuid();
        var row = new Entity(SgGoal.LogicalName, Guid.NewGuid())
        {
            [F.AssigneeTeamId] = new EntityReference("team", team),
            [F.GoalStatus] = new OptionSetValue(SgGoal.Options.StatusActive),
            [F.SplitAxis] = new OptionSetValue(SgGoal.Options.First + 3),
            [F.IsLocked] = true,
            [F.TargetValue] = 10m,
            [F.OverAssignmentPct] = 5m,
            [F.PeriodStart] = new DateTime(2026, 3, 1),
            [F.Region] = new OptionSetValue(100000002),
        };

        var snapshot = GoalMapper.ToSnapshot(row, "won-revenue", 0);

        Assert.AreEqual(Assignee.Team(team), snapshot.Assignee);
        Assert.AreEqual((GoalState.Active, true, 10m, 5m, SplitAxis.Dimension, 0), (snapshot.State, snapshot.IsLocked, snapshot.Target, snapshot.AllowedOverAssignmentPercent, snapshot.SplitAxis, snapshot.Precision));
        Assert.AreEqual(new LocalDate(2026, 3, 1), snapshot.PeriodStart);
        Assert.AreEqual("100000002", snapshot.Dimensions.Region);
    }

    [TestMethod]
    [DataRow("metric")]
    [DataRow("assignee")]
    [DataRow("start")]
    [DataRow("end")]
    [DataRow("product line")]
    [DataRow("region")]
    [DataRow("segment")]
    public void ScopeKey_GoalsDifferingInOneScopePart_DoNotCollide(string part)
    {
        var goal = new GoalSnapshot
        {
            MetricCode = "won-revenue",
            Assignee = Assignee.User(Guid.NewGuid()),
            PeriodStart = new LocalDate(2026, 3, 1),
            PeriodEnd = new LocalDate(2026, 3, 31),
            Dimensions = new GoalDimensions("1", "2", "3"),
        };
        var other = part switch
        {
            "metric" => goal with { MetricCode = "deals-won" },
            "assignee" => goal with { Assignee = Assignee.Team(goal.Assignee!.Value.Id) },
            "start" => goal with { PeriodStart = new LocalDate(2026, 3, 2) },
            "end" => goal with { PeriodEnd = new LocalDate(2026, 3, 30) },
            "product line" => goal with { Dimensions = new GoalDimensions(null, "2", "3") },
            "region" => goal with { Dimensions = new GoalDimensions("1", null, "3") },
            _ => goal with { Dimensions = new GoalDimensions("1", "2", null) },
        };

        Assert.AreNotEqual(GoalMapper.ScopeKey(goal), GoalMapper.ScopeKey(other));
        Assert.AreEqual(GoalMapper.ScopeKey(goal), GoalMapper.ScopeKey(goal with { MetricCode = "WON-REVENUE", Name = "other name" }), "the key ignores case and the name");
    }

    [TestMethod]
    public void ScopeKey_EveryPart_IsInTheKeyInOrder()
    {
        var user = Guid.NewGuid();
        var goal = new GoalSnapshot
        {
            MetricCode = "Won-Revenue",
            Assignee = Assignee.User(user),
            PeriodStart = new LocalDate(2026, 3, 1),
            PeriodEnd = new LocalDate(2026, 3, 31),
            Dimensions = new GoalDimensions("1", null, "3"),
        };

        Assert.AreEqual($"won-revenue|user:{user}|2026-03-01|2026-03-31|1||3", GoalMapper.ScopeKey(goal));
        Assert.AreEqual("||||||", GoalMapper.ScopeKey(new GoalSnapshot()));
    }

    [TestMethod]
    public void Merge_ChangedColumns_OverrideTheStoredRowAndTheRestIsKept()
    {
        var stored = new Entity(SgGoal.LogicalName, Guid.NewGuid()) { [F.Name] = "Q1", [F.TargetValue] = 1m };

        var merged = GoalMapper.Merge(stored, new Entity(SgGoal.LogicalName, stored.Id) { [F.TargetValue] = 2m, [F.StretchValue] = 3m });

        Assert.AreEqual(("Q1", 2m, 3m, stored.Id), (merged.GetAttributeValue<string>(F.Name), merged.GetAttributeValue<decimal>(F.TargetValue), merged.GetAttributeValue<decimal>(F.StretchValue), merged.Id));
        Assert.AreEqual(1m, stored.GetAttributeValue<decimal>(F.TargetValue), "the stored image is not changed");
    }
}
