using System;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Adjustments;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Rules;
using SalesGoals.Crm.GoalEngine.Tests.Builders;

namespace SalesGoals.Crm.GoalEngine.Tests.Adjustments;

[TestClass]
public class ReallocationRulesTests
{
    private static readonly GoalSnapshot Company = GoalBuilder.AGoal().WithTarget(100_000_000m).WithState(GoalState.Active).Build() with { Name = "Company 2026" };

    private static GoalSnapshot[] Children() => new[] { 40_000_000m, 50_000_000m, 10_000_000m }
        .Select((t, i) => GoalBuilder.AGoal().WithParent(Company).WithTarget(t).WithDimensions(new GoalDimensions(ProductLine: "PL" + i)).Build())
        .ToArray();

    [TestMethod]
    public void Apply_E10Move5MillionFromSecondToThird_ChildrenChangeParentTotalUnchanged()
    {
        var children = Children();
        var lines = new[] { new ReallocationLine(children[1].Id, 45_000_000m), new ReallocationLine(children[2].Id, 15_000_000m) };

        var check = ReallocationRules.Check(Company, children, lines);
        var after = ReallocationRules.Apply(Company, children, lines);

        Assert.IsTrue(check.IsValid);
        CollectionAssert.AreEqual(new[] { 40_000_000m, 45_000_000m, 15_000_000m }, after.Select(c => c.Target).ToArray());
        Assert.AreEqual(Company.Target, after.Sum(c => c.Target));
    }

    [TestMethod]
    [DataRow(RuleMessages.English, "change it by -5,000,000.00")]
    [DataRow(RuleMessages.SimplifiedChinese, "合计变化了 -5,000,000.00")]
    public void Check_LinesNotNettingToZero_RejectedWithNet(int lcid, string expected)
    {
        var children = Children();

        var result = ReallocationRules.Check(Company, children, new[] { new ReallocationLine(children[1].Id, 45_000_000m) });

        Assert.IsTrue(result.Has(RuleCode.ReallocationNotNetZero));
        StringAssert.Contains(result.Render(lcid), expected);
    }

    [TestMethod]
    public void Apply_InvalidReallocation_ThrowsAndChangesNothing()
    {
        var children = Children();

        Assert.ThrowsExactly<InvalidOperationException>(() =>
            ReallocationRules.Apply(Company, children, new[] { new ReallocationLine(children[1].Id, 45_000_000m) }));
        Assert.AreEqual(50_000_000m, children[1].Target);
    }

    [TestMethod]
    [DataRow(RuleMessages.English, "is not a child of \"Company 2026\"")]
    [DataRow(RuleMessages.SimplifiedChinese, "不是“Company 2026”的下级目标")]
    public void Check_GoalOutsideFamily_Rejected(int lcid, string expected)
    {
        var children = Children();
        var lines = new[] { new ReallocationLine(Guid.NewGuid(), 5m), new ReallocationLine(children[2].Id, 9_999_995m) };

        StringAssert.Contains(ReallocationRules.Check(Company, children, lines).Render(lcid), expected);
    }

    [TestMethod]
    public void Check_ChildTargetBelowItsBase_ReportsTierOrder()
    {
        var children = Children();
        children[2] = children[2] with { Base = 8_000_000m };
        var lines = new[] { new ReallocationLine(children[2].Id, 5_000_000m), new ReallocationLine(children[1].Id, 55_000_000m) };

        Assert.IsTrue(ReallocationRules.Check(Company, children, lines).Has(RuleCode.TiersOutOfOrder));
    }
}
