using System;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Tests.Builders;
using SalesGoals.Crm.GoalEngine.Time;
using static SalesGoals.Crm.GoalEngine.Tests.Builders.Dates;

namespace SalesGoals.Crm.GoalEngine.Tests.Goals;

/// <summary>
/// How a goal row reads in the engine: its period only when both dates are set and in order (so a
/// reversed or missing date is reported by the rules, not thrown), its label, its filters.
/// </summary>
[TestClass]
public class GoalSnapshotTests
{
    [TestMethod]
    [DataRow("2026-03-01", "2026-03-31", true)]
    [DataRow("2026-03-10", "2026-03-10", true)]
    [DataRow("2026-03-31", "2026-03-01", false)]
    [DataRow(null, "2026-03-31", false)]
    [DataRow("2026-03-01", null, false)]
    public void Period_RawDates_PeriodOnlyWhenBothSetAndInOrder(string? start, string? end, bool hasPeriod)
    {
        var goal = GoalBuilder.AGoal().Build() with
        {
            PeriodType = PeriodType.Custom,
            PeriodStart = start == null ? null : D(start),
            PeriodEnd = end == null ? null : D(end),
        };

        Assert.AreEqual(hasPeriod, goal.Period.HasValue);
        if (hasPeriod)
        {
            Assert.AreEqual(new Period(PeriodType.Custom, D(start!), D(end!)), goal.Period!.Value);
        }
    }

    [TestMethod]
    public void Period_SetToNothing_ClearsTheRawDates()
    {
        var goal = GoalBuilder.AGoal().WithPeriod(FiscalCalendar.Month(2026, 3)).Build() with { Period = null };

        Assert.IsNull(goal.PeriodStart);
        Assert.IsNull(goal.PeriodEnd);
        Assert.AreEqual(PeriodType.Custom, goal.PeriodType);
    }

    [TestMethod]
    [DataRow("East 2026", "East 2026")]
    [DataRow("  ", "00000000-0000-0000-0000-000000000001")]
    [DataRow(null, "00000000-0000-0000-0000-000000000001")]
    public void Label_NameOrId_WhatMessagesShow(string? name, string expected)
    {
        var goal = GoalBuilder.AGoal().WithId(new Guid("00000000-0000-0000-0000-000000000001")).Build() with { Name = name };

        Assert.AreEqual(expected, goal.Label);
    }

    [TestMethod]
    public void IsRoot_WithAndWithoutParent_OnlyWithoutIsRoot()
    {
        var root = GoalBuilder.AGoal().Build();

        Assert.IsTrue(root.IsRoot);
        Assert.IsFalse(GoalBuilder.AGoal().WithParent(root).Build().IsRoot);
    }

    [TestMethod]
    [DataRow(DimensionKind.ProductLine, "Cement")]
    [DataRow(DimensionKind.Region, "East")]
    [DataRow(DimensionKind.Segment, "KA")]
    public void DimensionsWith_OneKind_SetsOnlyThatFilter(DimensionKind kind, string value)
    {
        var dimensions = GoalDimensions.None.With(kind, value);

        Assert.AreEqual(value, dimensions.ValueOf(kind));
        Assert.AreEqual(kind == DimensionKind.ProductLine ? value : null, dimensions.ProductLine);
        Assert.AreEqual(kind == DimensionKind.Region ? value : null, dimensions.Region);
        Assert.AreEqual(kind == DimensionKind.Segment ? value : null, dimensions.Segment);
    }

    [TestMethod]
    public void DimensionsOfUnknownKind_ThrowClearError()
    {
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => GoalDimensions.None.ValueOf((DimensionKind)99));
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => GoalDimensions.None.With((DimensionKind)99, "x"));
    }

    [TestMethod]
    [DataRow("East", " east ", true)]
    [DataRow("East", "West", false)]
    [DataRow(null, "  ", true)]
    [DataRow(null, "East", false)]
    public void SameAs_FilterValuesTypedByPeople_CompareTrimmedIgnoringCase(string? a, string? b, bool expected)
    {
        Assert.AreEqual(expected, new GoalDimensions(Region: a).SameAs(new GoalDimensions(Region: b)));
        Assert.AreEqual(expected, new GoalDimensions(ProductLine: a).SameAs(new GoalDimensions(ProductLine: b)));
        Assert.AreEqual(expected, new GoalDimensions(Segment: a).SameAs(new GoalDimensions(Segment: b)));
    }

    [TestMethod]
    public void AssigneeText_UserAndTeam_NameTheKind()
    {
        var id = new Guid("00000000-0000-0000-0000-000000000002");

        Assert.AreEqual("User:00000000-0000-0000-0000-000000000002", Assignee.User(id).ToString());
        Assert.AreEqual("Team:00000000-0000-0000-0000-000000000002", Assignee.Team(id).ToString());
        Assert.AreNotEqual(Assignee.User(id), Assignee.Team(id));
    }
}
