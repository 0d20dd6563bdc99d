using System;
using System.Collections.Generic;
using SalesGoals.Crm.GoalEngine.Calendars;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.Reporting.Data;

/// <summary>Everything a report is computed from, read once: goals, their ledger rows, people, teams and each goal's day weights.</summary>
public sealed class ReportDataSet
{
    public required IReadOnlyList<GoalRow> Goals { get; init; }

    public required IReadOnlyList<ContributionRow> Contributions { get; init; }

    public required IReadOnlyDictionary<Guid, PersonRow> People { get; init; }

    public required IReadOnlyDictionary<Guid, string> Teams { get; init; }

    /// <summary>The day weights (working-day calendar and seasonality) of each goal, by goal id.</summary>
    public required IReadOnlyDictionary<Guid, DayWeights> Weights { get; init; }

    /// <summary>The playbook link of a team (sg_playbook.sg_url), by team id.</summary>
    public IReadOnlyDictionary<Guid, string> Playbooks { get; init; } = new Dictionary<Guid, string>();

    /// <summary>The organization's at-risk threshold (sg_goalsetting), used when a goal sets none.</summary>
    public decimal? DefaultAtRiskThreshold { get; init; }

    /// <summary>The environment variable sg_AlertThreshold (value, else default), used when neither the goal nor the
    /// settings row sets a threshold — the plug-ins' order (<see cref="GoalEngine.Progress.PaceSettingsResolver"/>).</summary>
    public decimal? EnvironmentAtRiskThreshold { get; init; }

    public OrgTimeZone TimeZone { get; init; } = new("UTC");

    public string NameOf(GoalRow goal)
    {
        if (goal.AssigneeUserId is { } user && People.TryGetValue(user, out var person))
        {
            return person.FullName;
        }

        return goal.AssigneeTeamId is { } team && Teams.TryGetValue(team, out var name) ? name : goal.Name;
    }
}
