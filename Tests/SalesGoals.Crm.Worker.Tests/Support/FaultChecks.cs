using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Sandbox;

namespace SalesGoals.Crm.Worker.Tests.Support;

/// <summary>The end of every fault scenario: each deal written once, and the goal totals equal to a full recalculation.</summary>
internal static class FaultChecks
{
    /// <summary>
    /// Compares the sg_externalactual rows with <paramref name="expected"/>, reads the goals' actuals, runs
    /// sg_RecalculateGoal over the company goal (through the queue, as the worker does) and compares again.
    /// </summary>
    public static async Task<FaultOutcome> CheckAsync(SandboxHost sandbox, IReadOnlyCollection<SeededDeal> expected, CancellationToken cancellationToken)
    {
        var rows = await sandbox.Dataverse.GetExternalActualsAsync(cancellationToken);
        var lost = new List<string>();
        foreach (var deal in expected)
        {
            var matching = rows.Where(r => r.System == deal.System && r.ExternalId == deal.ExternalId).ToList();
            if (matching.Count == 0 || matching.Any(r => r.Amount != deal.Amount || r.State != deal.State))
            {
                lost.Add($"{deal.System} {deal.Name}");
            }
        }

        var doubled = rows.GroupBy(r => (r.System, r.ExternalId)).Where(g => g.Count() > 1).Select(g => $"{g.Key.System} {g.Key.ExternalId} ×{g.Count()}").ToList();
        var goals = await sandbox.Dataverse.GetGoalsAsync(cancellationToken);
        var (_, last) = await sandbox.RunRecalculationAsync(sandbox.Seed.CompanyGoalId, cancellationToken);
        Assert.IsTrue(last.Done, "the recalculation finished");
        var recalculated = await sandbox.Dataverse.GetGoalsAsync(cancellationToken);
        var goalsOff = goals
            .Select(g => (Goal: g, Recalculated: recalculated.Single(r => r.Id == g.Id).Actual ?? 0m))
            .Where(p => (p.Goal.Actual ?? 0m) != p.Recalculated)
            .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Goal.Name}: {p.Goal.Actual ?? 0m} vs {p.Recalculated}"))
            .ToList();
        return new FaultOutcome(expected.Count, lost, doubled, goalsOff);
    }
}
