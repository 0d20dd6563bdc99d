using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.Benchmarks.Support;
using SalesGoals.Crm.Cli.Hosting;
using SalesGoals.Crm.Dataverse.WebApi.Configuration;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.LocalDataverse;
using SalesGoals.Crm.LocalDataverse.WebApi;
using SalesGoals.Crm.Plugins.Attainment.Sources;
using SalesGoals.Crm.Sandbox;
using SalesGoals.Crm.SolutionModel.Reading;
using Spectre.Console;

namespace SalesGoals.Crm.Benchmarks.Planning;

/// <summary>
/// <c>plan-apply --reps N [--depth week]</c>: <c>sg plan apply</c> of a generated plan (company year → teams of 20 reps →
/// reps → quarters → months → weeks) through the CLI's own pipeline, over HTTP to the local Dataverse Web API, into
/// sg_ApplyGoalPlan and the goal plug-ins; then the same file again (nothing to change). Prints the goals and leaves
/// written, HTTP requests, organization-service requests made inside the Custom API, time and peak managed heap.
/// </summary>
internal static class PlanApplyBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var reps = BenchArguments.Option(args, "--reps", 190);
        var at = Array.IndexOf(args, "--depth");
        var depth = at >= 0 && at + 1 < args.Length ? args[at + 1] : "week";
        var folder = SolutionLocator.Locate(null, AppContext.BaseDirectory);
        var env = new LocalDataverseBuilder()
            .WithSolutionFolder(folder)
            .WithPluginAssembly(typeof(global::SalesGoals.Crm.Plugins.Infrastructure.PluginBase).Assembly)
            .Build();
        var operatorId = Seed(env, reps);
        var api = await LocalDataverseWebApi.StartAsync(env, SolutionReader.Load(folder).CustomApis,
            new global::SalesGoals.Crm.LocalDataverse.WebApi.Hosting.LocalWebApiOptions { CallerId = operatorId, RecordBodies = false });
        var file = Path.Combine(Path.GetTempPath(), $"sg-bench-plan-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, Plan(reps, depth).ToJsonString());
        try
        {
            var dataverse = new DataverseWebApiOptions { Url = api.Url, Credential = api.CreateCredential(), AttemptTimeout = TimeSpan.FromMinutes(30), TotalTimeout = TimeSpan.FromMinutes(31) };
            foreach (var round in new[] { "first apply", "same file again" })
            {
                api.ClearRequests();
                var pluginBefore = env.PluginRequestCount;
                using var heap = new HeapSampler(TimeSpan.FromMilliseconds(20));
                var clock = Stopwatch.StartNew();
                var output = new StringWriter();
                var code = await CliApplication.InvokeAsync(["plan", "apply", file], new CliSettings
                {
                    Console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, Out = new AnsiConsoleOutput(output) }),
                    Error = output,
                    Configuration = new ConfigurationBuilder().Build(),
                    Dataverse = dataverse,
                    Culture = CultureInfo.GetCultureInfo("en-US"),
                }, CancellationToken.None);
                clock.Stop();
                var peak = heap.Stop();
                var (goals, leaves) = Count(env);
                var requests = api.Requests;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"// [plan-apply] {round}: exit {code}, {goals:N0} goals ({leaves:N0} leaves), {requests.Count} HTTP request(s), {env.PluginRequestCount - pluginBefore:N0} organization-service requests in the Custom APIs, {clock.Elapsed.TotalSeconds:0.0} s, peak managed heap {peak / 1048576.0:0} MB"));
                foreach (var action in new[] { "sg_ApplyGoalPlan", "sg_RecalculateGoal" })
                {
                    var calls = requests.Where(r => r.PathAndQuery.Contains(action, StringComparison.Ordinal)).ToList();
                    if (calls.Count > 0)
                    {
                        var largest = calls.MaxBy(r => r.PluginRequests)!;
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"//   {action}: {calls.Count} execution(s), {calls.Sum(r => r.PluginRequests):N0} requests, {calls.Sum(r => r.Duration.TotalSeconds):0.0} s; largest {largest.PluginRequests:N0} requests; longest {calls.Max(r => r.Duration.TotalSeconds):0.0} s"));
                    }
                }

                Console.WriteLine("//   " + output.ToString().Trim().Split('\n').Last());
                if (code != 0)
                {
                    Console.WriteLine(output);
                    return code;
                }
            }
        }
        finally
        {
            File.Delete(file);
            await api.DisposeAsync();
        }

        return 0;
    }

    private static Guid Seed(LocalDataverseEnvironment env, int reps)
    {
        var service = env.GetOrganizationService(env.SystemUserId);
        env.Seed.Currency("CNY", 1m, isBase: true);
        var operatorId = env.Seed.User("Sales Ops", languageId: 1033);
        env.Seed.AssignRole(operatorId, "Sales Goal Manager");
        Guid User(string email)
        {
            var id = env.Seed.User(email.Split('@')[0], languageId: 1033);
            service.Update(new Entity("systemuser", id) { ["internalemailaddress"] = email });
            return id;
        }

        User("director@bench.test");
        for (var t = 0; t < Teams(reps); t++)
        {
            User($"lead{t}@bench.test");
            var members = Enumerable.Range(0, reps).Where(r => r % Teams(reps) == t).Select(r => User($"rep{r}@bench.test")).ToArray();
            env.Seed.Team($"Team {t:000}", null, members);
        }

        foreach (var metric in MetricPresets.All)
        {
            env.Seed.Row(new Entity("sg_metric") { ["sg_name"] = metric.NameEnglish, ["sg_code"] = metric.Code, ["sg_sourcetable"] = MetricSourceMap.TableOf(metric.Source) });
        }

        return operatorId;
    }

    private static int Teams(int reps) => Math.Max(1, (reps + 19) / 20);

    private static JsonObject Plan(int reps, string depth) => new()
    {
        ["name"] = "Bench FY2026",
        ["metric"] = MetricCodes.WonRevenue,
        ["currency"] = "CNY",
        ["year"] = 2026,
        ["fiscalStartMonth"] = 1,
        ["target"] = reps * 1_200_000,
        ["base"] = reps * 1_000_000,
        ["stretch"] = reps * 1_500_000,
        ["status"] = "active",
        ["depth"] = depth,
        ["lockedLevels"] = new JsonArray("year", "quarter"),
        ["manager"] = "director@bench.test",
        ["seasonality"] = new JsonObject { ["name"] = "Bench 2026", ["weights"] = new JsonArray(0.6, 0.5, 1.2, 1.3, 1.3, 1.0, 0.9, 0.9, 1.1, 1.1, 1.0, 1.1) },
        ["calendar"] = new JsonObject { ["name"] = "Bench China 2026", ["weekend"] = new JsonArray("saturday", "sunday"), ["holidays"] = new JsonArray("2026-01-01", "2026-10-01") },
        ["teams"] = new JsonArray(Enumerable.Range(0, Teams(reps)).Select(t => (JsonNode)new JsonObject
        {
            ["name"] = $"Team {t:000}",
            ["manager"] = $"lead{t}@bench.test",
            ["reps"] = new JsonArray(Enumerable.Range(0, reps).Where(r => r % Teams(reps) == t)
                .Select(r => (JsonNode)new JsonObject { ["user"] = $"rep{r}@bench.test", ["capacity"] = 1 + (r % 3) * 0.5 }).ToArray()),
        }).ToArray()),
    };

    private static (int Goals, int Leaves) Count(LocalDataverseEnvironment env)
    {
        var service = env.GetOrganizationService(env.SystemUserId);
        var rows = new List<Entity>();
        var query = new QueryExpression("sg_goal") { ColumnSet = new ColumnSet("sg_parentgoalid"), PageInfo = new PagingInfo { Count = 5000, PageNumber = 1 } };
        while (true)
        {
            var page = service.RetrieveMultiple(query);
            rows.AddRange(page.Entities);
            if (!page.MoreRecords)
            {
                break;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }

        var parents = rows.Select(r => r.GetAttributeValue<EntityReference>("sg_parentgoalid")?.Id).Where(p => p.HasValue).ToHashSet();
        return (rows.Count, rows.Count(r => !parents.Contains(r.Id)));
    }
}
