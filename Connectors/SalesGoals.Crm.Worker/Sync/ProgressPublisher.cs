using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Integration.Goals;
using SalesGoals.Crm.Integration.Mapping.Users;
using SalesGoals.Crm.Worker.Dataverse;

namespace SalesGoals.Crm.Worker.Sync;

/// <summary>
/// Writes each computed goal's progress to one system for assignees who have an account there. The row is
/// keyed by the goal id in the system, so publishing twice updates instead of duplicating. An assignee with no
/// account there is reported by name (never silently dropped).
/// </summary>
public sealed class ProgressPublisher
{
    private readonly IDataverseGateway _dataverse;

    public ProgressPublisher(IDataverseGateway dataverse) => _dataverse = dataverse ?? throw new ArgumentNullException(nameof(dataverse));

    /// <summary>Every computed goal (the per-cycle catch-up).</summary>
    public Task<ProgressPublishResult> PublishAsync(ConnectedSystem system, CancellationToken cancellationToken) =>
        PublishAsync(system, null, cancellationToken);

    /// <summary>Only <paramref name="goalIds"/> (a Dataverse change event), or every goal when null.</summary>
    public async Task<ProgressPublishResult> PublishAsync(ConnectedSystem system, IReadOnlyCollection<Guid>? goalIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(system);
        var goals = await _dataverse.GetGoalsAsync(cancellationToken).ConfigureAwait(false);
        if (goalIds is not null)
        {
            var wanted = goalIds.ToHashSet();
            goals = goals.Where(g => wanted.Contains(g.Id)).ToList();
            if (goals.Count == 0)
            {
                return new ProgressPublishResult(system.System, 0, 0, 0, 0, []);
            }
        }

        var users = await _dataverse.GetUsersAsync(cancellationToken).ConfigureAwait(false);
        var directory = await system.Directory.GetUsersAsync(cancellationToken).ConfigureAwait(false);
        var resolver = new UserResolver(system.Mapping, users);
        var rows = new List<GoalProgressRow>();
        var problems = new List<string>();
        int notComputed = 0, notMapped = 0;
        foreach (var goal in goals)
        {
            if (goal.LastComputedOn is not DateTimeOffset computedOn)
            {
                notComputed++;
                continue;
            }

            if (goal.AssigneeUserId is not Guid assignee)
            {
                // A team's goal has no single owner in the CRM.
                notMapped++;
                continue;
            }

            var owner = resolver.ResolveExternal(assignee, directory);
            if (owner.ExternalUserId is not string ownerId)
            {
                notMapped++;
                problems.Add($"{system.System} goal '{goal.Name}': not written, {owner.Reason}");
                continue;
            }

            rows.Add(ToRow(goal, ownerId, computedOn));
        }

        if (rows.Count == 0)
        {
            return new ProgressPublishResult(system.System, 0, 0, notComputed, notMapped, problems);
        }

        var results = await system.Adapter.WriteGoalProgressAsync(rows, cancellationToken).ConfigureAwait(false);
        problems.AddRange(results.Where(r => !r.Succeeded)
            .Select(r => $"{system.System} goal {r.GoalId}: {r.ErrorCode} {r.Message} {r.FieldPath}".TrimEnd()));
        return new ProgressPublishResult(system.System, results.Count(r => r.Succeeded), results.Count(r => !r.Succeeded), notComputed, notMapped, problems);
    }

    private static GoalProgressRow ToRow(GoalRecord goal, string ownerId, DateTimeOffset computedOn) => new()
    {
        GoalId = goal.Id,
        Name = goal.Name,
        OwnerExternalId = ownerId,
        PeriodType = goal.PeriodType,
        PeriodStart = goal.PeriodStart,
        PeriodEnd = goal.PeriodEnd,
        MetricCode = goal.MetricCode,
        CurrencyCode = goal.CurrencyCode,
        BaseValue = goal.BaseValue,
        Target = goal.Target,
        StretchValue = goal.StretchValue,
        Actual = goal.Actual ?? 0m,
        AttainmentPercent = goal.AttainmentPercent ?? 0m,
        ExpectedToDate = goal.ExpectedToDate ?? 0m,
        PaceStatus = goal.PaceStatus ?? "OnTrack",
        Tier = goal.Tier ?? "None",
        ComputedOn = computedOn,
    };
}
