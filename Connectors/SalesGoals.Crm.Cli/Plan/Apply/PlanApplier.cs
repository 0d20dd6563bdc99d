using System;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Cli.Hosting;
using SalesGoals.Crm.Cli.Plan.Building;
using SalesGoals.Crm.Cli.Plan.Model;
using SalesGoals.Crm.Dataverse.WebApi.Errors;
using Spectre.Console;

namespace SalesGoals.Crm.Cli.Plan.Apply;

/// <summary>
/// <c>plan apply</c>: resolves the plan's names in Dataverse, builds the tree with the goal engine, checks the totals, and
/// hands the whole tree to sg_ApplyGoalPlan in one call (one transaction: all of it or nothing), then lists the goals
/// the plan no longer has (kept, or deactivated with --remove-missing).
/// </summary>
internal static class PlanApplier
{
    public const string ActionName = "sg_ApplyGoalPlan";

    public static async Task<int> ApplyAsync(CliContext context, PlanDefinition plan, Func<string, string> locate, bool removeMissing, CancellationToken cancellationToken)
    {
        var (directory, problems) = await DataverseDirectory.ResolveAsync(context, plan, cancellationToken).ConfigureAwait(false);
        if (directory is null)
        {
            throw new CliUsageException(PlanPrinter.Problems(context, problems.ConvertAll(p => p with { Location = locate(p.Location) })));
        }

        var tree = PlanTreeBuilder.Build(plan, directory);
        if (!PlanPrinter.PrintTotals(context, tree))
        {
            return ExitCodes.Failure;
        }

        JsonObject answer;
        try
        {
            answer = await context.Connections.DataverseClient.ExecuteActionAsync(
                ActionName, new JsonObject { ["Plan"] = ApplyPayload.Write(tree, directory, removeMissing) }, cancellationToken).ConfigureAwait(false);
        }
        catch (DataverseWebApiException exception) when (exception.StatusCode is >= 400 and < 500 and not 401 and not 429)
        {
            throw new CliFailureException(context.T(PlanTexts.ApplyRefused) + Environment.NewLine + exception.Message, exception);
        }

        int Count(string name) => answer[name]?.GetValue<int>() ?? 0;
        var created = Count("Created");
        var updated = Count("Updated");
        var unchanged = Count("Unchanged");
        context.Console.MarkupLine(Markup.Escape(created + updated == 0 && Count("Activated") == 0
            ? context.T(PlanTexts.NothingChanged, unchanged)
            : context.T(PlanTexts.Applied, created, updated, unchanged)));
        RemovedGoals.Print(context, answer["Removed"]?.GetValue<string>());
        return ExitCodes.Ok;
    }
}
