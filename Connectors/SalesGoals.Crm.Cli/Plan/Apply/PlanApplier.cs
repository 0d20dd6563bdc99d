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
/// hands the whole tree to sg_ApplyGoalPlan. Its first call checks the whole plan (a refusal writes nothing); a plan that
/// fits one slice is written by that call in one transaction. A larger one comes back with a continuation, and this
/// drives it slice by slice (each a bounded execution) until done. Then, when goals were activated, it recalculates the
/// plan's root through sg_RecalculateGoal, slice by slice, so the records that already exist count. Lists the goals the
/// plan no longer has (kept, or deactivated with --remove-missing).
/// </summary>
internal static class PlanApplier
{
    public const string ActionName = "sg_ApplyGoalPlan";
    public const string RecalculateActionName = "sg_RecalculateGoal";

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

        var payload = ApplyPayload.Write(tree, directory, removeMissing);
        var continuation = string.Empty;
        string? removed = null;
        JsonObject answer;
        var slices = 0;
        do
        {
            var parameters = new JsonObject { ["Plan"] = payload };
            if (continuation.Length > 0)
            {
                parameters["Continuation"] = continuation;
            }

            answer = await CallAsync(context, ActionName, parameters, slices, cancellationToken).ConfigureAwait(false);
            slices++;
            removed ??= answer["Removed"]?.GetValue<string>();
            continuation = answer["Continuation"]?.GetValue<string>() ?? string.Empty;
            if (continuation.Length > 0)
            {
                context.Console.MarkupLine(Markup.Escape(context.T(PlanTexts.SliceDone, slices, Count(answer, "Created") + Count(answer, "Updated"), Count(answer, "Activated"), tree.All.Count)));
            }
        }
        while (continuation.Length > 0);

        var created = Count(answer, "Created");
        var updated = Count(answer, "Updated");
        var unchanged = Count(answer, "Unchanged");
        context.Console.MarkupLine(Markup.Escape(created + updated == 0 && Count(answer, "Activated") == 0
            ? context.T(PlanTexts.NothingChanged, unchanged)
            : context.T(PlanTexts.Applied, created, updated, unchanged)));
        if (answer["RecalculateGoalId"]?.GetValue<string>() is { } root && Guid.TryParse(root, out var rootId) && rootId != Guid.Empty)
        {
            await RecalculateAsync(context, rootId, cancellationToken).ConfigureAwait(false);
        }

        RemovedGoals.Print(context, removed);
        return ExitCodes.Ok;
    }

    private static async Task<JsonObject> CallAsync(CliContext context, string action, JsonObject parameters, int slicesDone, CancellationToken cancellationToken)
    {
        try
        {
            return await context.Connections.DataverseClient.ExecuteActionAsync(action, parameters, cancellationToken).ConfigureAwait(false);
        }
        catch (DataverseWebApiException exception) when (slicesDone > 0)
        {
            // Earlier slices are committed: say so, and that the same command resumes.
            throw new CliFailureException(context.T(PlanTexts.ApplyStopped, slicesDone) + Environment.NewLine + exception.Message, exception);
        }
        catch (DataverseWebApiException exception) when (exception.StatusCode is >= 400 and < 500 and not 401 and not 429)
        {
            throw new CliFailureException(context.T(PlanTexts.ApplyRefused) + Environment.NewLine + exception.Message, exception);
        }
    }

    /// <summary>Counts what already exists toward the newly active goals: sg_RecalculateGoal on the root until done.</summary>
    private static async Task RecalculateAsync(CliContext context, Guid rootId, CancellationToken cancellationToken)
    {
        var continuation = string.Empty;
        var slices = 0;
        JsonObject answer;
        do
        {
            var parameters = new JsonObject { ["GoalId"] = rootId.ToString("D") };
            if (continuation.Length > 0)
            {
                parameters["Continuation"] = continuation;
            }

            try
            {
                answer = await context.Connections.DataverseClient.ExecuteActionAsync(RecalculateActionName, parameters, cancellationToken).ConfigureAwait(false);
            }
            catch (DataverseWebApiException exception)
            {
                throw new CliFailureException(context.T(PlanTexts.RecalculationStopped) + Environment.NewLine + exception.Message, exception);
            }

            slices++;
            continuation = answer["Continuation"]?.GetValue<string>() ?? string.Empty;
        }
        while (answer["Done"]?.GetValue<bool>() != true && continuation.Length > 0);

        context.Console.MarkupLine(Markup.Escape(context.T(PlanTexts.Recalculated, slices, answer["Actual"]?.GetValue<decimal>() ?? 0m)));
    }

    private static int Count(JsonObject answer, string name) => answer[name]?.GetValue<int>() ?? 0;
}
