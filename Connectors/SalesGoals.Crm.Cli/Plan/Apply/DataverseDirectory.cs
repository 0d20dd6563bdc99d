using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Cli.Hosting;
using SalesGoals.Crm.Cli.Plan.Building;
using SalesGoals.Crm.Cli.Plan.Model;
using SalesGoals.Crm.Dataverse.WebApi.Client;

namespace SalesGoals.Crm.Cli.Plan.Apply;

/// <summary>The plan's users (by primary e-mail), teams (by name), metric (by code) and currency (by ISO code) in Dataverse,
/// read once; every name Dataverse does not know is a problem at its path.</summary>
internal sealed class DataverseDirectory : IPlanDirectory
{
    private readonly Dictionary<string, Guid> _users;
    private readonly Dictionary<string, Guid> _teams;

    private DataverseDirectory(Dictionary<string, Guid> users, Dictionary<string, Guid> teams, Guid metricId, Guid currencyId)
    {
        _users = users;
        _teams = teams;
        MetricId = metricId;
        CurrencyId = currencyId;
    }

    public Guid MetricId { get; }

    public Guid CurrencyId { get; }

    public Guid User(string email) => _users[email];

    public Guid Team(string name) => _teams[name];

    public static async Task<(DataverseDirectory? Directory, List<PlanProblem> Problems)> ResolveAsync(CliContext context, PlanDefinition plan, CancellationToken cancellationToken)
    {
        var gateway = context.Connections.DataverseGateway;
        var client = context.Connections.DataverseClient;
        var problems = new List<PlanProblem>();

        var users = (await gateway.GetUsersAsync(cancellationToken).ConfigureAwait(false))
            .Where(u => u.IsActive && !string.IsNullOrWhiteSpace(u.Email))
            .GroupBy(u => u.Email!.Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.OrdinalIgnoreCase);
        var teamRows = await client.QueryAsync("teams", new ODataQuery(["teamid", "name"]), cancellationToken).ConfigureAwait(false);
        var teams = teamRows.Where(t => t["name"] is not null)
            .GroupBy(t => t["name"]!.GetValue<string>().Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => Guid.Parse(g.First()["teamid"]!.GetValue<string>()), StringComparer.OrdinalIgnoreCase);
        var metrics = await client.QueryAsync("sg_metrics", new ODataQuery(["sg_metricid", "sg_code"], $"sg_code eq {ODataKey.Literal(plan.Metric)}"), cancellationToken).ConfigureAwait(false);
        var currencies = await gateway.GetCurrenciesAsync(cancellationToken).ConfigureAwait(false);

        var metricId = metrics.Select(m => Id(m, "sg_metricid")).FirstOrDefault();
        if (metricId == Guid.Empty)
        {
            problems.Add(new PlanProblem("metric", PlanTexts.UnknownMetricInOrg, [plan.Metric]));
        }

        if (!currencies.TryGetValue(plan.Currency, out var currencyId))
        {
            problems.Add(new PlanProblem("currency", PlanTexts.UnknownCurrency, [plan.Currency]));
        }

        void User(string? email, string path)
        {
            if (email is not null && !users.ContainsKey(email))
            {
                problems.Add(new PlanProblem(path, PlanTexts.UnknownUser, [email]));
            }
        }

        User(plan.Manager, "manager");
        for (var t = 0; t < plan.Teams.Count; t++)
        {
            var team = plan.Teams[t];
            if (!teams.ContainsKey(team.Name))
            {
                problems.Add(new PlanProblem($"teams[{t}].name", PlanTexts.UnknownTeam, [team.Name]));
            }

            User(team.Manager, $"teams[{t}].manager");
            for (var r = 0; r < team.Reps.Count; r++)
            {
                User(team.Reps[r].User, $"teams[{t}].reps[{r}].user");
            }
        }

        return problems.Count > 0 ? (null, problems) : (new DataverseDirectory(users, teams, metricId, currencyId), problems);
    }

    private static Guid Id(JsonObject row, string column) =>
        row[column] is JsonValue value && Guid.TryParse(value.GetValue<string>(), out var id) ? id : Guid.Empty;
}
