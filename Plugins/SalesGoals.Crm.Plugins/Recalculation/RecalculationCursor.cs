using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Metrics;

namespace SalesGoals.Crm.Plugins.Recalculation;

/// <summary>
/// Where a sliced recalculation stands: the parents being walked (depth-first, children in id order), the batch
/// of sibling leaves in progress (<see cref="RecalculationLeaf"/>: each one's ledger sum so far and last written
/// actual) with its phase, table and the last id read (keyset, shared by the batch). It is small text (at most
/// <see cref="LeafBatches.MaxLeaves"/> leaves): the Custom API returns it as Continuation and keeps it on the goal
/// (sg_recalccontinuation, 4,000 characters) so a crash resumes. "r1" continuations (one leaf) still parse.
/// </summary>
public sealed class RecalculationCursor
{
    private const string Version = "r2";
    private const string SingleLeafVersion = "r1";
    private static readonly char[] ListSeparator = [','];

    public RecalculationCursor(Guid rootId) => RootId = rootId;

    public Guid RootId { get; }

    public List<RecalculationFrame> Parents { get; } = [];

    /// <summary>The leaves being rebuilt together (empty: none; the next step walks the parents).</summary>
    public List<RecalculationLeaf> Leaves { get; } = [];

    public LeafPhase Phase { get; set; }

    public int TableIndex { get; set; }

    public Guid After { get; set; }

    public long Processed { get; set; }

    public int Slices { get; set; }

    public bool IsDone => Leaves.Count == 0 && Parents.Count == 0;

    public void BeginBatch(IEnumerable<Guid> leafIds)
    {
        Leaves.Clear();
        Leaves.AddRange(leafIds.Select(id => new RecalculationLeaf(id)));
        Phase = LeafPhase.Sources;
        TableIndex = 0;
        After = Guid.Empty;
    }

    public void EndBatch() => Leaves.Clear();

    public RecalculationLeaf? Leaf(Guid leafId) => Leaves.Find(l => l.GoalId == leafId);

    public string Serialize()
    {
        var fields = new[]
        {
            Version, RootId.ToString("N"), Num(Slices), Num(Processed), Num((int)Phase), Num(TableIndex), After.ToString("N"),
            string.Join(",", Leaves.Select(l => l.GoalId.ToString("N") + ":" + Sum(l.LedgerSum) + ":" + (l.SumReliable ? "1" : "0") + ":" + (l.Written is { } w ? Sum(w) : "-"))),
            string.Join(",", Parents.Select(p => p.GoalId.ToString("N") + ":" + p.LastChildId.ToString("N"))),
        };
        return string.Join("|", fields);
    }

    /// <summary>Reads a continuation of this goal; a FormatException for anything else.</summary>
    public static RecalculationCursor Parse(string text, Guid rootId)
    {
        // Stryker disable once String : any stand-in for a null text has one field, so it is refused (Foreign) the same way
        var fields = (text ?? string.Empty).Split('|');
        var cursor = fields.Length == 13 && fields[0] == SingleLeafVersion ? ParseSingleLeaf(fields, rootId)
            : fields.Length == 9 && fields[0] == Version ? ParseBatch(fields, rootId)
            : throw Foreign();
        foreach (var frame in fields[fields.Length - 1].Split(ListSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var ids = frame.Split(':');
            cursor.Parents.Add(new RecalculationFrame(Guid.ParseExact(ids[0], "N"), Guid.ParseExact(ids[1], "N")));
        }

        if (cursor.Phase is not (LeafPhase.Sources or LeafPhase.Ledger or LeafPhase.Finished) || cursor.TableIndex < 0)
        {
            throw Foreign();
        }

        return cursor;
    }

    private static RecalculationCursor ParseBatch(string[] fields, Guid rootId)
    {
        var cursor = Header(fields, rootId);
        cursor.Phase = (LeafPhase)int.Parse(fields[4], CultureInfo.InvariantCulture);
        cursor.TableIndex = int.Parse(fields[5], CultureInfo.InvariantCulture);
        cursor.After = Guid.ParseExact(fields[6], "N");
        foreach (var leaf in fields[7].Split(ListSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = leaf.Split(':');
            cursor.Leaves.Add(new RecalculationLeaf(Guid.ParseExact(parts[0], "N"))
            {
                LedgerSum = ParseSum(parts[1]),
                SumReliable = parts[2] == "1",
                Written = parts[3] == "-" ? null : ParseSum(parts[3]),
            });
        }

        return cursor;
    }

    // The one-leaf form written before leaves were batched: a recalculation running across the upgrade resumes.
    private static RecalculationCursor ParseSingleLeaf(string[] fields, Guid rootId)
    {
        var cursor = Header(fields, rootId);
        var leaf = Guid.ParseExact(fields[4], "N");
        cursor.Phase = (LeafPhase)int.Parse(fields[5], CultureInfo.InvariantCulture);
        cursor.TableIndex = int.Parse(fields[6], CultureInfo.InvariantCulture);
        cursor.After = Guid.ParseExact(fields[7], "N");
        if (leaf != Guid.Empty)
        {
            cursor.Leaves.Add(new RecalculationLeaf(leaf)
            {
                LedgerSum = ParseSum(fields[8] + ";" + fields[9]),
                SumReliable = fields[10] == "1",
                Written = fields[11] == "-" ? null : ParseSum(fields[11]),
            });
        }

        return cursor;
    }

    private static RecalculationCursor Header(string[] fields, Guid rootId) =>
        Guid.ParseExact(fields[1], "N") != rootId ? throw Foreign() : new RecalculationCursor(rootId)
        {
            Slices = int.Parse(fields[2], CultureInfo.InvariantCulture),
            Processed = long.Parse(fields[3], CultureInfo.InvariantCulture),
        };

    private static FormatException Foreign() => new("The continuation is not one sg_RecalculateGoal returned for this goal.");

    private static string Sum(MetricTotals sum) => Dec(sum.Numerator) + ";" + Dec(sum.Denominator);

    private static MetricTotals ParseSum(string text)
    {
        var parts = text.Split(';');
        return new MetricTotals(decimal.Parse(parts[0], CultureInfo.InvariantCulture), decimal.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    private static string Num(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Dec(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
