using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.Plugins.Attainment.Sources;

namespace SalesGoals.Crm.Cli.Tests.Support;

/// <summary>The people, teams and metrics of the example plan, seeded in the harness's local Dataverse.</summary>
internal static class PlanWorld
{
    public static readonly string[] Users =
    [
        "sales.director@contoso.com", "east.lead@contoso.com", "south.lead@contoso.com",
        "wang.fang@contoso.com", "li.lei@contoso.com", "zhao.min@contoso.com", "chen.jie@contoso.com", "liu.yang@contoso.com",
    ];

    public static Dictionary<string, Guid> Seed(CliHarness harness)
    {
        var seed = harness.Environment.Seed;
        var service = harness.Environment.GetOrganizationService(harness.Environment.SystemUserId);
        var users = new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase);
        foreach (var email in Users)
        {
            var id = seed.User(email.Split('@')[0].Replace('.', ' '), languageId: 1033);
            service.Update(new Entity("systemuser", id) { ["internalemailaddress"] = email });
            users[email] = id;
        }

        seed.Team("East sales", null, users["wang.fang@contoso.com"], users["li.lei@contoso.com"], users["zhao.min@contoso.com"]);
        seed.Team("South sales", null, users["chen.jie@contoso.com"], users["liu.yang@contoso.com"]);
        foreach (var metric in MetricPresets.All)
        {
            seed.Row(new Entity("sg_metric")
            {
                ["sg_name"] = metric.NameEnglish,
                ["sg_code"] = metric.Code,
                ["sg_sourcetable"] = MetricSourceMap.TableOf(metric.Source),
                ["sg_includeexternal"] = metric.ReadsFrom(SourceKind.ExternalDeal),
            });
        }

        return users;
    }

    /// <summary>Every sg_goal row, by name.</summary>
    public static List<Entity> Goals(CliHarness harness)
    {
        var service = harness.Environment.GetOrganizationService(harness.Environment.SystemUserId);
        var query = new QueryExpression("sg_goal") { ColumnSet = new ColumnSet(true) };
        return service.RetrieveMultiple(query).Entities.ToList();
    }

    public static int Count(CliHarness harness, string table)
    {
        var service = harness.Environment.GetOrganizationService(harness.Environment.SystemUserId);
        return service.RetrieveMultiple(new QueryExpression(table) { ColumnSet = new ColumnSet(false) }).Entities.Count;
    }
}
