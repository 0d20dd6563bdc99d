using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using SalesGoals.Crm.Cli.Hosting;
using Spectre.Console;

namespace SalesGoals.Crm.Cli.Plan.Apply;

/// <summary>sg_ApplyGoalPlan's Removed output (JSON: id, path, locked, ledgerRows, deactivated) as a table: what the
/// edited plan dropped and what happened to it.</summary>
internal static class RemovedGoals
{
    public static void Print(CliContext context, string? json)
    {
        if (string.IsNullOrEmpty(json) || JsonNode.Parse(json) is not JsonArray { Count: > 0 } removed)
        {
            return;
        }

        var rows = removed.OfType<JsonObject>().Select(r => (
            Path: r["path"]?.GetValue<string>() ?? "",
            Locked: r["locked"]?.GetValue<bool>() ?? false,
            Ledger: r["ledgerRows"]?.GetValue<int>() ?? 0,
            Deactivated: r["deactivated"]?.GetValue<bool>() ?? false)).OrderBy(r => r.Path, System.StringComparer.Ordinal).ToList();
        var deactivated = rows.All(r => r.Deactivated);
        context.Console.WriteLine(context.T(deactivated ? PlanTexts.RemovedDeactivated : PlanTexts.RemovedKept, rows.Count));
        var table = new Table()
            .AddColumn(context.T(PlanTexts.RemovedPath))
            .AddColumn(context.T(PlanTexts.RemovedState))
            .AddColumn(new TableColumn(context.T(PlanTexts.RemovedLedger)).RightAligned());
        foreach (var row in rows)
        {
            var state = context.T(row.Deactivated ? PlanTexts.RemovedStateDeactivated : PlanTexts.RemovedStateKept)
                + (row.Locked ? ", " + context.T(PlanTexts.RemovedLocked) : "");
            table.AddRow(Markup.Escape(row.Path), Markup.Escape(state), row.Ledger.ToString(CultureInfo.InvariantCulture));
        }

        context.Console.Write(table);
    }
}
