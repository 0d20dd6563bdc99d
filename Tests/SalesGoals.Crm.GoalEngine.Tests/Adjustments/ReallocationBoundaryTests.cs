using System;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Adjustments;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Rules;
using SalesGoals.Crm.GoalEngine.Tests.Builders;

namespace SalesGoals.Crm.GoalEngine.Tests.Adjustments;

/// <summary>
/// Reallocations at their edges: a net of exactly zero, one unit either way (signed in the message,
/// at the parent's precision), lines that are not the parent's children or repeat a child, and the
/// children written back after a valid one.
/// </summary>
[TestClass]
public class ReallocationBoundaryTests
{
    private static readonly GoalSnapshot Region = GoalBuilder.AGoal().WithTarget(1_000m).WithPrecision(0).Build() with { Name = "East 2026" };

    private static GoalSnapshot[] Children() => new[] { 600m, 400m }
        .Select((t, i) => GoalBuilder.AGoal().WithParent(Region).WithTarget(t).WithPrecision(0).Build() with { Name = "Rep " + i })
        .ToArray();

    private static RuleCode[] Codes(RuleCheckResult result) => result.Problems.Select(p => p.Code).ToArray();

    [TestMethod]
    [DataRow(550, 450, "")]
    [DataRow(551, 450, "+1")]
    [DataRow(549, 450, "-1")]
    [DataRow(700, 400, "+100")]
    public void Check_NetOfTheLines_ZeroOrReportedWithItsSign(int first, int second, string net)
    {
        var children = Children();
        var lines = new[] { new ReallocationLine(children[0].Id, first), new ReallocationLine(children[1].Id, second) };

        var result = ReallocationRules.Check(Region, children, lines);

        var expected = net.Length == 0
            ? ""
            : $"A reallocation moves target between the children of \"East 2026\" without changing their total, but these lines change it by {net}. Make the increases equal the decreases.";
        Assert.AreEqual(expected, result.Render(RuleMessages.English));
    }

    [TestMethod]
    [DataRow(RuleMessages.English, "The adjustment request names no goal. Add at least one goal with its new values.")]
    [DataRow(RuleMessages.SimplifiedChinese, "调整申请未包含任何目标。请至少添加一个目标及其新数值。")]
    public void Check_NoLines_ReportsOnlyThatNothingIsMoved(int lcid, string expected)
    {
        Assert.AreEqual(expected, ReallocationRules.Check(Region, Children(), Array.Empty<ReallocationLine>()).Render(lcid));
    }

    [TestMethod]
    public void Check_ChildOnTwoLines_DuplicateReportedAndNotCountedInTheNet()
    {
        var children = Children();
        var lines = new[] { new ReallocationLine(children[0].Id, 700m), new ReallocationLine(children[0].Id, 500m) };

        var result = ReallocationRules.Check(Region, children, lines);

        CollectionAssert.AreEqual(new[] { RuleCode.AdjustmentDuplicateGoal }, Codes(result));
        StringAssert.Contains(result.Render(RuleMessages.English), "Goal \"Rep 0\" appears more than once");
    }

    [TestMethod]
    [DataRow(RuleMessages.English, "Goal \"{0}\" is not a child of \"East 2026\"; a reallocation moves target only between a parent's own children.")]
    [DataRow(RuleMessages.SimplifiedChinese, "目标“{0}”不是“East 2026”的下级目标；重新分配只能在同一上级目标的下级目标之间进行。")]
    public void Check_LineForAStranger_ReportedAndNotCountedInTheNet(int lcid, string template)
    {
        var stranger = Guid.NewGuid();

        var result = ReallocationRules.Check(Region, Children(), new[] { new ReallocationLine(stranger, 5m) });

        Assert.AreEqual(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, stranger), result.Render(lcid));
    }

    [TestMethod]
    public void Check_ChildTargetToZero_ReportsTheNonPositiveTarget()
    {
        var children = Children();
        var lines = new[] { new ReallocationLine(children[0].Id, 1_000m), new ReallocationLine(children[1].Id, 0m) };

        var result = ReallocationRules.Check(Region, children, lines);

        CollectionAssert.AreEqual(new[] { RuleCode.TargetNotPositive }, Codes(result));
        StringAssert.Contains(result.Render(RuleMessages.English), "Goal \"Rep 1\": the target must be greater than zero (it is 0).");
    }

    [TestMethod]
    public void Apply_ValidMove_ReturnsEveryChildWithOnlyTheNamedOnesChanged()
    {
        var children = Children().Append(GoalBuilder.AGoal().WithParent(Region).WithTarget(0.5m).Build()).ToArray();
        var lines = new[] { new ReallocationLine(children[0].Id, 650m), new ReallocationLine(children[1].Id, 350m) };

        var after = ReallocationRules.Apply(Region, children, lines);

        CollectionAssert.AreEqual(children.Select(c => c.Id).ToArray(), after.Select(c => c.Id).ToArray());
        CollectionAssert.AreEqual(new[] { 650m, 350m, 0.5m }, after.Select(c => c.Target).ToArray());
        Assert.AreSame(children[2], after[2]);
    }

    [TestMethod]
    public void Apply_InvalidMove_ErrorCarriesTheEnglishReason()
    {
        var children = Children();

        var error = Assert.ThrowsExactly<InvalidOperationException>(() =>
            ReallocationRules.Apply(Region, children, new[] { new ReallocationLine(children[0].Id, 601m) }));

        Assert.AreEqual(
            "The reallocation is not valid: A reallocation moves target between the children of \"East 2026\" without changing their total, but these lines change it by +1. Make the increases equal the decreases.",
            error.Message);
    }
}
