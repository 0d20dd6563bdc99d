using System;
using System.Collections.Generic;
using System.Linq;

namespace SalesGoals.Crm.Sandbox;

/// <summary>
/// The people and teams the example plan (<c>Connectors/SalesGoals.Crm.Cli/Plan/Examples/fy2026-plan.yaml</c>) names, so
/// that <c>sg plan apply</c> of it works against a running sandbox: its director and team leads, the reps the sandbox
/// does not already have (Li Lei, Zhao Min), and the teams "East sales" and "South sales" with their members.
/// </summary>
internal static class ExamplePlanPeople
{
    public const string Domain = "contoso.com";

    /// <summary>People only the plan names (name, e-mail): Dataverse users of the sandbox's business unit.</summary>
    public static readonly (string Name, string Email)[] Extra =
    [
        ("Zhou Qiang", "sales.director@" + Domain), ("Sun Li", "east.lead@" + Domain), ("Huang Lei", "south.lead@" + Domain),
        ("Li Lei", "li.lei@" + Domain), ("Zhao Min", "zhao.min@" + Domain),
    ];

    /// <summary>Teams by name with their members' e-mails (the plan's own split of reps).</summary>
    public static readonly (string Team, string[] Members)[] Teams =
    [
        ("East sales", ["wang.fang@" + Domain, "li.lei@" + Domain, "zhao.min@" + Domain]),
        ("South sales", ["chen.jie@" + Domain, "liu.yang@" + Domain]),
    ];

    /// <summary>Adds the extra users and the teams; returns every seeded user id by e-mail (the sandbox's own people too).</summary>
    public static IReadOnlyDictionary<string, Guid> Seed(DataverseSeeder dataverse, Guid managerId, IReadOnlyDictionary<string, Guid> people)
    {
        var users = new Dictionary<string, Guid>(people, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, email) in Extra)
        {
            users[email] = dataverse.Colleague(name, email, managerId);
        }

        foreach (var (team, members) in Teams)
        {
            dataverse.Team(team, members.Select(m => users[m]).ToArray());
        }

        return users;
    }
}
