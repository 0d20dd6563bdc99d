using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using SalesGoals.Crm.GoalEngine.Ledger;
using SalesGoals.Crm.GoalEngine.Metrics;

namespace SalesGoals.Crm.GoalEngine.Tests.Properties;

[TestClass]
public class LedgerProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(300);
    private static readonly Guid[] Goals = { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() };
    private static readonly Guid[] Records = { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() };
    private static readonly string[] Metrics = { MetricCodes.WonRevenue, MetricCodes.WinRate };

    private static Gen<LedgerOp> Operation =>
        from kind in Gen.Elements(OpKind.Apply, OpKind.Apply, OpKind.Reverse, OpKind.ApplyRecord)
        from goal in Gen.Choose(0, Goals.Length - 1)
        from record in Gen.Choose(0, Records.Length - 1)
        from metric in Gen.Choose(0, Metrics.Length - 1)
        from cents in Gen.Choose(-1_000_000, 100_000_000)
        from count in Gen.Choose(0, 3)
        from goalsOfRecord in Gen.SubListOf(Enumerable.Range(0, Goals.Length).ToArray())
        select new LedgerOp(kind, goal, record, metric, cents / 100m, count, goalsOfRecord.ToArray());

    [TestMethod]
    public void Ledger_AnySequenceOfApplyReverseReapply_IncrementalEqualsRecomputedAndReplayIsNoOp()
    {
        Check.One(Runs, Prop.ForAll(Gen.ListOf(Operation).ToArbitrary(), ops =>
        {
            var ledger = new ContributionLedger();
            var model = new Dictionary<LedgerKey, MetricTotals>();
            foreach (var op in ops)
            {
                Run(ledger, model, op);
                if (Run(ledger, model, op).Any(c => !c.Delta.IsZero))
                {
                    return false;
                }
            }

            return Goals.All(g =>
                ledger.ActualOf(g) == ledger.RecomputeOf(g)
                && ledger.ActualOf(g) == LedgerMath.Recompute(model.Where(r => r.Key.GoalId == g).Select(r => new LedgerEntry(r.Key, r.Value))));
        }));
    }

    private static IReadOnlyList<LedgerChange> Run(ContributionLedger ledger, Dictionary<LedgerKey, MetricTotals> model, LedgerOp op)
    {
        var key = new LedgerKey(Goals[op.Goal], Records[op.Record], Metrics[op.Metric]);
        var parts = new MetricTotals(op.Amount, op.Count);
        switch (op.Kind)
        {
            case OpKind.Apply:
                model[key] = parts;
                return new[] { ledger.Apply(key, parts) };
            case OpKind.Reverse:
                model.Remove(key);
                return new[] { ledger.Reverse(key) };
            default:
                var record = Records[op.Record];
                var desired = op.GoalsOfRecord.Select(g => new LedgerEntry(new LedgerKey(Goals[g], record, Metrics[op.Metric]), parts)).ToList();
                foreach (var stale in model.Keys.Where(k => k.SourceRecordId == record).ToList())
                {
                    model.Remove(stale);
                }

                foreach (var entry in desired)
                {
                    model[entry.Key] = entry.Parts;
                }

                return ledger.ApplyRecord(record, desired);
        }
    }

    public enum OpKind
    {
        Apply,
        Reverse,
        ApplyRecord,
    }

    public sealed record LedgerOp(OpKind Kind, int Goal, int Record, int Metric, decimal Amount, int Count, int[] GoalsOfRecord)
    {
        public override string ToString() => $"{Kind} g{Goal} r{Record} m{Metric} {Amount}/{Count} [{string.Join(",", GoalsOfRecord)}]";
    }
}
