using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Metrics;

namespace SalesGoals.Crm.Plugins.Recalculation;

/// <summary>
/// Where a sliced recalculation stands: the parents being walked (depth-first, children in id order),
/// the leaf in progress with its phase, table and the last id read (keyset), the sum of the leaf's
/// ledger rows read so far and the actual this job last wrote on the leaf (a different actual later means
/// someone else changed the goal's ledger between slices, so the sum is not used). It is small text: the Custom
/// API returns it as Continuation and keeps it on the goal (sg_recalccontinuation) so a crash resumes.
/// </summary>
public sealed class RecalculationCursor
{
    private const string Version = "r1";
    private static readonly char[] FrameSeparator = [','];

    public RecalculationCursor(Guid rootId) => RootId = rootId;

    public Guid RootId { get; }

    public List<RecalculationFrame> Parents { get; } = [];

    public Guid LeafId { get; private set; }

    public LeafPhase Phase { get; set; }

    public int TableIndex { get; set; }

    public Guid After { get; set; }

    public MetricTotals LedgerSum { get; set; }

    public bool SumReliable { get; set; } = true;

    /// <summary>The leaf's actual parts as this job last wrote them (null: not written by an earlier slice).</summary>
    public MetricTotals? LeafWritten { get; set; }

    public long Processed { get; set; }

    public int Slices { get; set; }

    public bool IsDone => LeafId == Guid.Empty && Parents.Count == 0;

    public void BeginLeaf(Guid leafId)
    {
        LeafId = leafId;
        Phase = LeafPhase.Sources;
        TableIndex = 0;
        After = Guid.Empty;
        LedgerSum = MetricTotals.Zero;
        SumReliable = true;
        LeafWritten = null;
    }

    public void EndLeaf() => LeafId = Guid.Empty;

    public string Serialize()
    {
        var fields = new[]
        {
            Version, RootId.ToString("N"), Num(Slices), Num(Processed), LeafId.ToString("N"), Num((int)Phase), Num(TableIndex),
            After.ToString("N"), Dec(LedgerSum.Numerator), Dec(LedgerSum.Denominator), SumReliable ? "1" : "0",
            LeafWritten is { } written ? Dec(written.Numerator) + ";" + Dec(written.Denominator) : "-",
            string.Join(",", Parents.Select(p => p.GoalId.ToString("N") + ":" + p.LastChildId.ToString("N"))),
        };
        return string.Join("|", fields);
    }

    /// <summary>Reads a continuation of this goal; a FormatException for anything else.</summary>
    public static RecalculationCursor Parse(string text, Guid rootId)
    {
        var fields = (text ?? string.Empty).Split('|');
        if (fields.Length != 13 || fields[0] != Version || Guid.ParseExact(fields[1], "N") != rootId)
        {
            throw new FormatException("The continuation is not one sg_RecalculateGoal returned for this goal.");
        }

        var cursor = new RecalculationCursor(rootId)
        {
            Slices = int.Parse(fields[2], CultureInfo.InvariantCulture),
            Processed = long.Parse(fields[3], CultureInfo.InvariantCulture),
        };
        var leaf = Guid.ParseExact(fields[4], "N");
        if (leaf != Guid.Empty)
        {
            cursor.BeginLeaf(leaf);
        }

        cursor.Phase = (LeafPhase)int.Parse(fields[5], CultureInfo.InvariantCulture);
        cursor.TableIndex = int.Parse(fields[6], CultureInfo.InvariantCulture);
        cursor.After = Guid.ParseExact(fields[7], "N");
        cursor.LedgerSum = new MetricTotals(decimal.Parse(fields[8], CultureInfo.InvariantCulture), decimal.Parse(fields[9], CultureInfo.InvariantCulture));
        cursor.SumReliable = fields[10] == "1";
        if (fields[11] != "-")
        {
            var parts = fields[11].Split(';');
            cursor.LeafWritten = new MetricTotals(decimal.Parse(parts[0], CultureInfo.InvariantCulture), decimal.Parse(parts[1], CultureInfo.InvariantCulture));
        }

        foreach (var frame in fields[12].Split(FrameSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var ids = frame.Split(':');
            cursor.Parents.Add(new RecalculationFrame(Guid.ParseExact(ids[0], "N"), Guid.ParseExact(ids[1], "N")));
        }

        if (cursor.Phase is not (LeafPhase.Sources or LeafPhase.Ledger or LeafPhase.Finished) || cursor.TableIndex < 0)
        {
            throw new FormatException("The continuation is not one sg_RecalculateGoal returned for this goal.");
        }

        return cursor;
    }

    private static string Num(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Dec(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
