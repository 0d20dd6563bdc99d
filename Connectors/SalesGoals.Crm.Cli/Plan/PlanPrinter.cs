using System;
using System.Linq;
using SalesGoals.Crm.Cli.Hosting;
using SalesGoals.Crm.Cli.Localization;
using SalesGoals.Crm.Cli.Plan.Building;
using SalesGoals.Crm.GoalEngine.Time;
using Spectre.Console;

namespace SalesGoals.Crm.Cli.Plan;

/// <summary>Prints a plan's goal tree (Spectre.Console tree): label, period, base / target / stretch, locked or flexible.</summary>
internal static class PlanPrinter
{
    public static void Print(CliContext context, PlanTree tree, int maxNodes)
    {
        var culture = context.Language.Culture();
        var format = "N" + tree.Plan.Precision.ToString(culture);
        string Line(PlanNode node)
        {
            var goal = node.Goal;
            var period = goal.Period is { } p ? $"{p.Type} {p.Start}..{p.End}" : string.Empty;
            var tiers = $"{goal.Base?.ToString(format, culture) ?? "–"} / [bold]{goal.Target.ToString(format, culture)}[/] / {goal.Stretch?.ToString(format, culture) ?? "–"}";
            var lockText = node.Locked ? "[yellow]" + context.T(PlanTexts.Locked) + "[/]" : "[grey]" + context.T(PlanTexts.Flexible) + "[/]";
            return $"{Markup.Escape(node.Label)}  [grey]{Markup.Escape(period)}[/]  {tiers}  {lockText}";
        }

        var shown = 0;
        var root = new Tree(Line(tree.Root));
        void Add(IHasTreeNodes parent, PlanNode node)
        {
            foreach (var child in node.Children)
            {
                if (shown >= maxNodes)
                {
                    return;
                }

                shown++;
                Add(parent.AddNode(Line(child)), child);
            }
        }

        shown = 1;
        Add(root, tree.Root);
        var depth = tree.Plan.Depth == PeriodType.Year ? "year" : tree.Plan.Depth.ToString().ToLowerInvariant();
        context.Console.MarkupLine(Markup.Escape(context.T(PlanTexts.TreeTitle, tree.Plan.Name, tree.All.Count, tree.LeafCount, depth)));
        context.Console.Write(root);
        if (shown < tree.All.Count)
        {
            context.Console.MarkupLine("[grey]" + Markup.Escape(context.T(PlanTexts.MaxNodesNote, shown, tree.All.Count)) + "[/]");
        }
    }

    public static bool PrintTotals(CliContext context, PlanTree tree)
    {
        var mismatches = PlanTotals.Check(tree);
        if (mismatches.Count == 0)
        {
            context.Console.MarkupLine("[green]" + Markup.Escape(context.T(PlanTexts.TotalsOk, tree.All.Count(n => n.Children.Count > 0))) + "[/]");
            return true;
        }

        foreach (var m in mismatches)
        {
            context.Error.WriteLine(context.T(PlanTexts.TotalsWrong, m.Parent.Key + " (" + m.Tier + ")", m.ChildrenSum, m.ParentValue));
        }

        return false;
    }

    public static string Problems(CliContext context, System.Collections.Generic.IReadOnlyList<Model.PlanProblem> problems) =>
        context.T(PlanTexts.ProblemsFound, problems.Count) + Environment.NewLine
        + string.Join(Environment.NewLine, problems.Select(p => "  - " + p.Render(context.Language)));
}
