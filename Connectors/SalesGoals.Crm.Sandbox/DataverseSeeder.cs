using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.LocalDataverse;
using SalesGoals.Crm.Worker.Dataverse;

namespace SalesGoals.Crm.Sandbox;

/// <summary>
/// Seeds the local Dataverse: currencies, a business unit, a manager and reps, the metric presets, a year
/// goal tree (created and activated through the plug-ins), and a few opportunities won through the pipeline.
/// </summary>
internal sealed class DataverseSeeder
{
    public const decimal UsdPerCny = 0.14m;
    public const string GoalManagerRole = "Sales Goal Manager";
    private const int SplitByAssignee = 100_000_002;
    private readonly LocalDataverseEnvironment _env;
    private readonly IOrganizationService _service;
    private readonly List<string> _notes = [];
    private Guid _unit;

    public DataverseSeeder(LocalDataverseEnvironment env)
    {
        _env = env;
        _service = env.GetOrganizationService(env.SystemUserId);
    }

    public IReadOnlyList<string> Notes => _notes;

    public IReadOnlyDictionary<string, Guid> Currencies { get; private set; } = new Dictionary<string, Guid>();

    public (Guid Manager, IReadOnlyList<Guid> Reps) People(string managerName, string managerEmail, IReadOnlyList<(string Name, string Email)> reps)
    {
        var cny = _env.Seed.Currency("CNY", 1m, isBase: true, symbol: "¥");
        var usd = _env.Seed.Currency("USD", UsdPerCny, symbol: "$");
        Currencies = new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase) { ["CNY"] = cny, ["USD"] = usd };
        _unit = _env.Seed.BusinessUnit("East China Sales");
        var manager = User(managerName, managerEmail, _unit, null, cny);
        var repIds = reps.Select(r => User(r.Name, r.Email, _unit, manager, cny)).ToList();
        foreach (var metric in MetricRows.All())
        {
            _env.Seed.Row(metric);
        }

        return (manager, repIds);
    }

    public (Guid Company, IReadOnlyDictionary<Guid, Guid> Reps, bool Activated) Goals(
        Guid manager, IReadOnlyList<Guid> reps, DateOnly start, DateOnly end, decimal companyTarget)
    {
        var metric = _service.RetrieveMultiple(new QueryExpression("sg_metric")
        {
            ColumnSet = new ColumnSet("sg_code"),
            Criteria = { Conditions = { new ConditionExpression("sg_code", ConditionOperator.Equal, MetricCodes.WonRevenue) } },
        }).Entities.Single().Id;
        // Goals are set by the manager (Sales Goal Manager role), so the plug-ins' rights checks see a real actor.
        _env.Seed.AssignRole(manager, GoalManagerRole);
        var managerService = _env.GetOrganizationService(manager);
        var companyGoal = Goal($"Company won revenue {start.Year}", manager, manager, metric, start, end, companyTarget, null);
        companyGoal["sg_strategy"] = "Grow won revenue in East China by winning on both our CRMs and partners' (Zoho, Fenxiang).";
        var company = managerService.Create(companyGoal);
        var repTarget = decimal.Round(companyTarget / reps.Count, 2);
        var repGoals = reps.ToDictionary(r => r, r => managerService.Create(Goal(
            $"Won revenue {start.Year} · {Name(r)}", r, manager, metric, start, end, repTarget, company)));
        var activated = Activate(managerService, [company, .. repGoals.Values]);
        return (company, repGoals, activated);
    }

    /// <summary>Another user of the sandbox's business unit, reporting to <paramref name="managerId"/>.</summary>
    public Guid Colleague(string name, string email, Guid managerId) => User(name, email, _unit, managerId, Currencies["CNY"]);

    /// <summary>An owner team of the sandbox's business unit with its members.</summary>
    public Guid Team(string name, Guid[] members) => _env.Seed.Team(name, _unit, members);

    /// <summary>Creates and wins opportunities through the pipeline, so the plug-ins' attainment steps run as they would live.</summary>
    public void WinOpportunities(IEnumerable<(Guid Owner, string Name, decimal Amount, DateOnly ClosedOn)> wins) =>
        WinOpportunities(wins.Select(w => (w.Owner, w.Name, w.Amount, w.ClosedOn, (int?)null)));

    /// <summary>As above, each opportunity with its product line (an sg_productlines value) when given.</summary>
    public void WinOpportunities(IEnumerable<(Guid Owner, string Name, decimal Amount, DateOnly ClosedOn, int? ProductLine)> wins)
    {
        foreach (var (owner, name, amount, closedOn, productLine) in wins)
        {
            var opportunity = new Entity("opportunity")
            {
                ["name"] = name,
                ["estimatedvalue"] = new Money(amount),
                ["ownerid"] = new EntityReference("systemuser", owner),
                ["transactioncurrencyid"] = new EntityReference("transactioncurrency", Currencies["CNY"]),
            };
            if (productLine is int line)
            {
                opportunity["sg_productline"] = new OptionSetValue(line);
            }

            var id = _service.Create(opportunity);
            _service.Execute(new WinOpportunityRequest
            {
                OpportunityClose = new Entity("opportunityclose")
                {
                    ["opportunityid"] = new EntityReference("opportunity", id),
                    ["subject"] = "Won: " + name,
                    ["actualrevenue"] = new Money(amount),
                    ["actualend"] = closedOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
                },
                Status = new OptionSetValue(3),
            });
        }
    }

    private bool Activate(IOrganizationService service, IReadOnlyList<Guid> goals)
    {
        try
        {
            foreach (var goal in goals)
            {
                service.Update(new Entity("sg_goal", goal) { ["sg_goalstatus"] = new OptionSetValue(SchemaValues.ActiveStatus) });
            }

            return true;
        }
        catch (System.ServiceModel.FaultException<OrganizationServiceFault> exception)
        {
            _notes.Add("Goal activation refused by the plug-ins: " + exception.Message);
            return false;
        }
    }

    private Entity Goal(string name, Guid assignee, Guid manager, Guid metric, DateOnly start, DateOnly end, decimal target, Guid? parent)
    {
        var goal = new Entity("sg_goal")
        {
            ["sg_name"] = name,
            ["sg_assigneeuserid"] = new EntityReference("systemuser", assignee),
            ["sg_managerid"] = new EntityReference("systemuser", manager),
            ["sg_metricid"] = new EntityReference("sg_metric", metric),
            ["sg_periodtype"] = new OptionSetValue(SchemaValues.YearPeriod),
            ["sg_periodstart"] = start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            ["sg_periodend"] = end.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            ["sg_fiscalyear"] = start.Year,
            ["sg_basevalue"] = decimal.Round(target * 0.8m, 2),
            ["sg_targetvalue"] = target,
            ["sg_stretchvalue"] = decimal.Round(target * 1.2m, 2),
            ["sg_goalstatus"] = new OptionSetValue(SchemaValues.DraftStatus),
            ["transactioncurrencyid"] = new EntityReference("transactioncurrency", Currencies["CNY"]),
        };
        if (parent is Guid parentId)
        {
            goal["sg_parentgoalid"] = new EntityReference("sg_goal", parentId);
        }
        else
        {
            goal["sg_splitaxis"] = new OptionSetValue(SplitByAssignee);
        }

        return goal;
    }

    private Guid User(string name, string email, Guid unit, Guid? manager, Guid currency)
    {
        var id = _env.Seed.User(name, unit, managerId: manager, currencyId: currency);
        _service.Update(new Entity("systemuser", id) { ["internalemailaddress"] = email });
        return id;
    }

    private string Name(Guid user) => _service.Retrieve("systemuser", user, new ColumnSet("fullname")).GetAttributeValue<string>("fullname");
}
