using System;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.Plugins.Recalculation;

namespace SalesGoals.Crm.Plugins.Tests.Recalculation;

/// <summary>The continuation kept on the goal: a full batch fits its 4,000-character column, and one written before
/// leaves were batched still resumes its leaf.</summary>
[TestClass]
public sealed class RecalculationCursorTests
{
    [TestMethod]
    public void Serialize_FullBatchWithLargeSumsUnderThreeParents_FitsTheColumnAndParsesBack()
    {
        var root = Guid.NewGuid();
        var cursor = new RecalculationCursor(root) { Slices = 123_456, Processed = 9_876_543_210, Phase = LeafPhase.Ledger, TableIndex = 4, After = Guid.NewGuid() };
        cursor.Parents.AddRange(Enumerable.Range(0, 3).Select(_ => new RecalculationFrame(Guid.NewGuid(), Guid.NewGuid())));
        cursor.BeginBatch(Enumerable.Range(0, LeafBatches.MaxLeaves).Select(_ => Guid.NewGuid()));
        cursor.Phase = LeafPhase.Ledger;
        var large = new MetricTotals(123_456_789_012.3456789012m, 98_765_432.1098765432m);
        foreach (var leaf in cursor.Leaves)
        {
            leaf.LedgerSum = large;
            leaf.Written = large;
        }

        var text = cursor.Serialize();
        var parsed = RecalculationCursor.Parse(text, root);

        Assert.IsLessThanOrEqualTo(4_000, text.Length);
        Assert.AreEqual(text, parsed.Serialize());
        Assert.AreEqual(large, parsed.Leaves[^1].Written);
    }

    [TestMethod]
    public void Parse_OneLeafContinuationOfTheEarlierForm_ResumesThatLeafWithItsSum()
    {
        var root = Guid.NewGuid();
        var leaf = Guid.NewGuid();
        var after = Guid.NewGuid();
        var parent = new RecalculationFrame(root, leaf);
        var earlier = string.Join("|", "r1", root.ToString("N"), "3", "2500", leaf.ToString("N"), "1", "0", after.ToString("N"), "2500.5", "0", "0", "1200;0",
            parent.GoalId.ToString("N") + ":" + parent.LastChildId.ToString("N"));

        var cursor = RecalculationCursor.Parse(earlier, root);

        Assert.AreEqual(leaf, cursor.Leaves.Single().GoalId);
        Assert.AreEqual(new MetricTotals(2500.5m, 0m), cursor.Leaves[0].LedgerSum);
        Assert.IsFalse(cursor.Leaves[0].SumReliable);
        Assert.AreEqual(new MetricTotals(1200m, 0m), cursor.Leaves[0].Written);
        Assert.AreEqual(LeafPhase.Ledger, cursor.Phase);
        Assert.AreEqual(after, cursor.After);
        Assert.AreEqual(2500, cursor.Processed);
        Assert.AreEqual(leaf, cursor.Parents.Single().LastChildId);
    }
}
