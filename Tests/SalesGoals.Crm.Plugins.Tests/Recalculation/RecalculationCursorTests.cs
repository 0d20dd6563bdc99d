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

    [TestMethod]
    [DataRow(true, false)]
    [DataRow(false, true)]
    public void Serialize_LeavesWithAndWithoutTrustedSumOrWrittenActual_ParseBackTheSame(bool reliable, bool written)
    {
        var root = Guid.NewGuid();
        var cursor = new RecalculationCursor(root);
        cursor.BeginBatch([Guid.NewGuid(), Guid.NewGuid()]);
        cursor.Leaves[0].SumReliable = reliable;
        cursor.Leaves[0].Written = written ? new MetricTotals(12.5m, 1m) : null;
        cursor.Leaves[1].SumReliable = !reliable;
        cursor.Leaves[1].Written = written ? null : new MetricTotals(7m, 0m);

        var parsed = RecalculationCursor.Parse(cursor.Serialize(), root);

        Assert.AreEqual(reliable, parsed.Leaves[0].SumReliable);
        Assert.AreEqual(!reliable, parsed.Leaves[1].SumReliable);
        Assert.AreEqual(cursor.Leaves[0].Written, parsed.Leaves[0].Written);
        Assert.AreEqual(cursor.Leaves[1].Written, parsed.Leaves[1].Written);
    }

    [TestMethod]
    public void Parse_OneLeafFormWithTrustedSumAndNothingWritten_KeepsBoth()
    {
        var root = Guid.NewGuid();
        var leaf = Guid.NewGuid();
        var earlier = string.Join("|", "r1", root.ToString("N"), "1", "10", leaf.ToString("N"), "0", "0", Guid.Empty.ToString("N"), "300", "0", "1", "-", string.Empty);

        var cursor = RecalculationCursor.Parse(earlier, root);

        Assert.IsTrue(cursor.Leaves.Single().SumReliable);
        Assert.IsNull(cursor.Leaves[0].Written);
        Assert.AreEqual(new MetricTotals(300m, 0m), cursor.Leaves[0].LedgerSum);
        Assert.AreEqual(LeafPhase.Sources, cursor.Phase);
    }

    /// <summary>Texts that are well formed but not a continuation this version wrote (another version tag, the wrong
    /// number of fields for their tag, an unknown phase, a negative table) are refused, never resumed from.</summary>
    [TestMethod]
    [DataRow("r2-as-r1")]
    [DataRow("r1-as-r2")]
    [DataRow("r9")]
    [DataRow("phase")]
    [DataRow("table")]
    [DataRow("empty")]
    public void Parse_TextNotWrittenByThisVersion_ThrowsFormatException(string kind)
    {
        var root = Guid.NewGuid();
        var id = Guid.NewGuid().ToString("N");
        var r1 = new[] { "r1", root.ToString("N"), "1", "10", id, "1", "0", id, "300", "0", "1", "-", string.Empty };
        var r2 = new[] { "r2", root.ToString("N"), "1", "10", "1", "0", id, id + ":5;0:1:-", string.Empty };
        var text = kind switch
        {
            "r2-as-r1" => string.Join("|", r1.Skip(1).Prepend("r2")),
            "r1-as-r2" => string.Join("|", r2.Skip(1).Prepend("r1")),
            "r9" => string.Join("|", r2.Skip(1).Prepend("r9")),
            "phase" => string.Join("|", r2.Take(4).Append("7").Concat(r2.Skip(5))),
            "table" => string.Join("|", r2.Take(5).Append("-1").Concat(r2.Skip(6))),
            _ => string.Empty,
        };

        var error = Assert.ThrowsExactly<FormatException>(() => RecalculationCursor.Parse(text, root));

        Assert.AreEqual("The continuation is not one sg_RecalculateGoal returned for this goal.", error.Message);
    }
}
