using System;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Calendars;
using SalesGoals.Crm.GoalEngine.Decomposition;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Tests.Builders;
using SalesGoals.Crm.GoalEngine.Time;
using static SalesGoals.Crm.GoalEngine.Tests.Builders.Dates;

namespace SalesGoals.Crm.GoalEngine.Tests.Decomposition;

/// <summary>
/// Decomposition at its edges: the names children get, what they inherit and what they never do
/// (Draft, unlocked, no split of their own), each refused split with its reason, and time splits of
/// custom periods (clipped months become Custom, the last representable day ends the split).
/// </summary>
[TestClass]
public class DecomposerBoundaryTests
{
    private static readonly FiscalCalendar Fiscal = FiscalCalendar.Gregorian;
    private static readonly DayWeights Weekdays = DayWeights.For(WorkingCalendar.MondayToFriday);

    [TestMethod]
    public void ByTime_LockedActiveParentSplitTwoWays_ChildrenAreUnlockedDraftsWithoutTheirOwnSplit()
    {
        var parent = GoalBuilder.AGoal().WithPeriod(Fiscal.Quarter(2026, 1)).WithTarget(300m).WithPrecision(0)
            .WithState(GoalState.Active).WithSplitAxis(SplitAxis.Time).Locked().AsRoot("Grow East").Build() with { Name = "Q1" };
        var ids = new Guid[] { new("00000000-0000-0000-0000-00000000000a"), new("00000000-0000-0000-0000-00000000000b"), new("00000000-0000-0000-0000-00000000000c") };
        var next = 0;

        var months = GoalDecomposer.ByTime(parent, PeriodType.Month, Fiscal, DayWeights.For(WorkingCalendar.EveryDay), () => ids[next++]);

        CollectionAssert.AreEqual(ids, months.Select(m => m.Id).ToArray());
        CollectionAssert.AreEqual(new[] { "Q1 / 2026-01", "Q1 / 2026-02", "Q1 / 2026-03" }, months.Select(m => m.Name).ToArray());
        foreach (var month in months)
        {
            Assert.AreEqual(parent.Id, month.ParentId);
            Assert.AreEqual(GoalState.Draft, month.State);
            Assert.IsFalse(month.IsLocked);
            Assert.AreEqual(SplitAxis.None, month.SplitAxis);
            Assert.IsNull(month.RootStrategy);
            Assert.AreEqual(parent.Assignee, month.Assignee);
            Assert.AreEqual(parent.MetricCode, month.MetricCode);
        }
    }

    [TestMethod]
    [DataRow(PeriodType.Week, PeriodType.Day, 0, "2026-03-02")]
    [DataRow(PeriodType.Month, PeriodType.Week, 1, "2026-W10 (2026-03-02..2026-03-08)")]
    [DataRow(PeriodType.Quarter, PeriodType.Month, 2, "2026-03")]
    [DataRow(PeriodType.Year, PeriodType.Quarter, 0, "2026-01-01..2026-03-31")]
    public void ByTime_UnnamedParent_ChildNamedByItsPeriodOnly(PeriodType parentType, PeriodType childType, int index, string name)
    {
        var parent = GoalBuilder.AGoal().WithPeriod(Fiscal.PeriodContaining(parentType, D("2026-03-02"))).Build() with { Name = null };

        var children = GoalDecomposer.ByTime(parent, childType, Fiscal, Weekdays);

        Assert.AreEqual(name, children[index].Name);
    }

    [TestMethod]
    public void ByTime_CustomParentIntoMonths_ClippedMonthsBecomeCustomAndNamedByDates()
    {
        var parent = GoalBuilder.AGoal().WithPeriod(Custom("2026-01-15", "2026-03-10")).WithTarget(58m).WithPrecision(0).Build() with { Name = "Launch" };

        var months = GoalDecomposer.ByTime(parent, PeriodType.Month, Fiscal, DayWeights.For(WorkingCalendar.EveryDay));

        CollectionAssert.AreEqual(
            new[] { Custom("2026-01-15", "2026-01-31"), FiscalCalendar.Month(2026, 2), Custom("2026-03-01", "2026-03-10") },
            months.Select(m => m.Period!.Value).ToArray());
        CollectionAssert.AreEqual(new[] { "Launch / 2026-01-15..2026-01-31", "Launch / 2026-02", "Launch / 2026-03-01..2026-03-10" }, months.Select(m => m.Name).ToArray());
        CollectionAssert.AreEqual(new[] { 17m, 31m, 10m }, months.Select(m => m.Target).ToArray());
    }

    [TestMethod]
    public void Split_CustomPeriodEndingOnTheLastRepresentableDay_EndsThere()
    {
        var periods = TimeSplitter.Split(Custom("9999-12-30", "9999-12-31"), PeriodType.Day, Fiscal);

        CollectionAssert.AreEqual(new[] { FiscalCalendar.Day(D("9999-12-30")), FiscalCalendar.Day(D("9999-12-31")) }, periods.ToArray());
    }

    [TestMethod]
    [DataRow(PeriodType.Year, PeriodType.Quarter, 4)]
    [DataRow(PeriodType.Quarter, PeriodType.Month, 3)]
    [DataRow(PeriodType.Month, PeriodType.Day, 31)]
    [DataRow(PeriodType.Week, PeriodType.Day, 7)]
    public void Split_StandardParentIntoTheNextFinerType_WholeChildren(PeriodType parentType, PeriodType childType, int count)
    {
        var parent = Fiscal.PeriodContaining(parentType, D("2026-03-10"));

        var children = TimeSplitter.Split(parent, childType, Fiscal);

        Assert.HasCount(count, children);
        Assert.IsTrue(children.All(c => c.Type == childType));
        Assert.AreEqual(parent.Start, children[0].Start);
        Assert.AreEqual(parent.End, children[^1].End);
    }

    [TestMethod]
    [DataRow(PeriodType.Month, PeriodType.Month, "A Month cannot be split into Month periods; pick a finer period type.")]
    [DataRow(PeriodType.Day, PeriodType.Day, "A Day cannot be split into Day periods; pick a finer period type.")]
    [DataRow(PeriodType.Week, PeriodType.Month, "A Week cannot be split into Month periods; pick a finer period type.")]
    [DataRow(PeriodType.Month, PeriodType.Custom, "Children of a time split need a standard period type (Quarter, Month, Week or Day).")]
    [DataRow(PeriodType.Custom, PeriodType.Custom, "Children of a time split need a standard period type (Quarter, Month, Week or Day).")]
    public void Split_NotAFinerStandardType_RefusedWithTheReason(PeriodType parentType, PeriodType childType, string message)
    {
        var parent = parentType == PeriodType.Custom ? Custom("2026-03-01", "2026-03-10") : Fiscal.PeriodContaining(parentType, D("2026-03-10"));

        var error = Assert.ThrowsExactly<ArgumentException>(() => TimeSplitter.Split(parent, childType, Fiscal));

        StringAssert.StartsWith(error.Message, message);
        Assert.AreEqual("childType", error.ParamName);
    }

    [TestMethod]
    public void ByTime_ParentWithoutPeriod_RefusedWithTheReason()
    {
        var parent = GoalBuilder.AGoal().Build() with { Period = null };

        var error = Assert.ThrowsExactly<ArgumentException>(() => GoalDecomposer.ByTime(parent, PeriodType.Month, Fiscal, Weekdays));

        StringAssert.StartsWith(error.Message, "The parent goal has no period to split.");
    }

    [TestMethod]
    public void ByAssignee_ParentWithoutPeriod_RefusedWithTheReason()
    {
        var parent = GoalBuilder.AGoal().Build() with { Period = null };

        var error = Assert.ThrowsExactly<ArgumentException>(() => GoalDecomposer.ByAssignee(parent, new[] { new AssigneeShare(Assignee.User(Guid.NewGuid())) }));

        StringAssert.StartsWith(error.Message, "The parent goal has no period.");
    }

    [TestMethod]
    public void ByAssignee_SameAssigneeTwice_RefusedWithTheReason()
    {
        var rep = Assignee.User(Guid.NewGuid());

        var error = Assert.ThrowsExactly<ArgumentException>(() =>
            GoalDecomposer.ByAssignee(GoalBuilder.AGoal().Build(), new[] { new AssigneeShare(rep, 1m), new AssigneeShare(rep, 2m) }));

        StringAssert.StartsWith(error.Message, "Each assignee may appear only once in a split.");
    }

    [TestMethod]
    public void ByAssignee_NegativeCapacity_RefusedButZeroCapacityGetsNothing()
    {
        var parent = GoalBuilder.AGoal().WithTarget(100m).Build();
        var bench = new AssigneeShare(Assignee.User(Guid.NewGuid()), 0m);
        var rep = new AssigneeShare(Assignee.User(Guid.NewGuid()), 1m);

        var error = Assert.ThrowsExactly<ArgumentException>(() =>
            GoalDecomposer.ByAssignee(parent, new[] { rep, new AssigneeShare(Assignee.User(Guid.NewGuid()), -0.01m) }));
        var children = GoalDecomposer.ByAssignee(parent, new[] { bench, rep });

        StringAssert.StartsWith(error.Message, "An assignee's capacity cannot be negative.");
        CollectionAssert.AreEqual(new[] { 0m, 100m }, children.Select(c => c.Target).ToArray());
    }

    [TestMethod]
    public void ByAssignee_NoDisplayName_ChildNamedAfterTheAssignee()
    {
        var team = Assignee.Team(new Guid("00000000-0000-0000-0000-000000000007"));
        var parent = GoalBuilder.AGoal().Build() with { Name = "East" };

        var child = GoalDecomposer.ByAssignee(parent, new[] { new AssigneeShare(team) }).Single();

        Assert.AreEqual("East / Team:00000000-0000-0000-0000-000000000007", child.Name);
        Assert.AreEqual(team, child.Assignee);
        Assert.AreEqual(parent.Target, child.Target);
    }

    [TestMethod]
    [DataRow(" ")]
    [DataRow("")]
    public void ByDimension_ShareWithoutValue_RefusedWithTheReason(string value)
    {
        var error = Assert.ThrowsExactly<ArgumentException>(() =>
            GoalDecomposer.ByDimension(GoalBuilder.AGoal().Build(), DimensionKind.Region, new[] { new DimensionShare("East", 1m), new DimensionShare(value, 1m) }));

        StringAssert.StartsWith(error.Message, "Every dimension share needs a value.");
    }

    [TestMethod]
    public void ByDimension_SameValueInOtherCaseAndSpacing_RefusedNamingTheDimension()
    {
        var error = Assert.ThrowsExactly<ArgumentException>(() =>
            GoalDecomposer.ByDimension(GoalBuilder.AGoal().Build(), DimensionKind.Segment, new[] { new DimensionShare("KA", 1m), new DimensionShare(" ka ", 1m) }));

        StringAssert.StartsWith(error.Message, "Each Segment value may appear only once in a split.");
    }

    [TestMethod]
    public void ByDimension_ParentAlreadyLimitedToThatDimension_RefusedButOtherDimensionsSplit()
    {
        var parent = GoalBuilder.AGoal().WithTarget(10m).WithDimensions(new GoalDimensions(Region: "East")).Build() with { Name = "East" };
        var shares = new[] { new DimensionShare(" Cement ", 3m), new DimensionShare("Steel", 7m) };

        var error = Assert.ThrowsExactly<ArgumentException>(() => GoalDecomposer.ByDimension(parent, DimensionKind.Region, shares));
        var children = GoalDecomposer.ByDimension(parent, DimensionKind.ProductLine, shares);

        StringAssert.StartsWith(error.Message, "The parent is already limited to one Region; it cannot be split by Region.");
        CollectionAssert.AreEqual(new[] { new GoalDimensions("Cement", "East"), new GoalDimensions("Steel", "East") }, children.Select(c => c.Dimensions).ToArray());
        CollectionAssert.AreEqual(new[] { "East / Cement", "East / Steel" }, children.Select(c => c.Name).ToArray());
        CollectionAssert.AreEqual(new[] { 3m, 7m }, children.Select(c => c.Target).ToArray());
    }

    [TestMethod]
    public void ByDimension_ParentWithOnlyStretch_ChildrenGetStretchButNoBase()
    {
        var parent = GoalBuilder.AGoal().WithTiers(null, 100m, 130m).WithPrecision(0).Build();

        var children = GoalDecomposer.ByDimension(parent, DimensionKind.Region, new[] { new DimensionShare("East", 1m), new DimensionShare("West", 2m) });

        CollectionAssert.AreEqual(new decimal?[] { null, null }, children.Select(c => c.Base).ToArray());
        CollectionAssert.AreEqual(new[] { 33m, 67m }, children.Select(c => c.Target).ToArray());
        CollectionAssert.AreEqual(new decimal?[] { 43m, 87m }, children.Select(c => c.Stretch).ToArray());
    }

    [TestMethod]
    public void ByDimension_ParentWithOnlyBase_ChildrenGetBaseButNoStretch()
    {
        var parent = GoalBuilder.AGoal().WithTiers(70m, 100m, null).WithPrecision(0).Build();

        var children = GoalDecomposer.ByDimension(parent, DimensionKind.Region, new[] { new DimensionShare("East", 1m), new DimensionShare("West", 2m) });

        CollectionAssert.AreEqual(new decimal?[] { 23m, 47m }, children.Select(c => c.Base).ToArray());
        CollectionAssert.AreEqual(new decimal?[] { null, null }, children.Select(c => c.Stretch).ToArray());
    }
}
