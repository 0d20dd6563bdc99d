using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Dataverse.WebApi.Client;
using SalesGoals.Crm.Dataverse.WebApi.Configuration;
using SalesGoals.Crm.Dataverse.WebApi.DependencyInjection;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.LocalDataverse;
using SalesGoals.Crm.LocalDataverse.WebApi;
using SalesGoals.Crm.Plugins.Attainment.Sources;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Sandbox;
using SalesGoals.Crm.SolutionModel.Reading;

namespace SalesGoals.Crm.Reporting.Tests.Support;

/// <summary>
/// A local Dataverse loaded from Solution/ with the plug-ins, served by the local Web API on loopback, with goals.md's
/// E6 set-up: a Q1 2026 company goal of 4,600,000 (E5 seasonality, Mon–Fri) split into two rep goals of 2,300,000 —
/// 李娜 (Chinese UI, manager Zhang Wei) and Wang Fang (English) — created and activated by the manager through the
/// plug-ins, whose clock reads Sun 15 Feb 2026. The reports and alert delivery reach it over real HTTP.
/// </summary>
internal sealed class DataverseWorld : IAsyncDisposable
{
    public static readonly DateTimeOffset Feb15 = new(2026, 2, 15, 4, 0, 0, TimeSpan.Zero);
    private ServiceProvider _services = null!;
    private IOrganizationService _system = null!;

    private DataverseWorld()
    {
    }

    public SettableTime Clock { get; } = new(Feb15);

    public LocalDataverseEnvironment Env { get; private set; } = null!;

    public LocalDataverseWebApi Api { get; private set; } = null!;

    public DataverseWebApiClient Client { get; private set; } = null!;

    public Guid Cny { get; private set; }

    public Guid Manager { get; private set; }

    public Guid LiNa { get; private set; }

    public Guid WangFang { get; private set; }

    public Guid CompanyGoal { get; private set; }

    public Guid LiNaGoal { get; private set; }

    public Guid WangFangGoal { get; private set; }

    /// <param name="beforeGoals">Runs after people are seeded and before the goals are created and activated (e.g. the
    /// reps' open pipeline, which an alert raised at activation lists).</param>
    public static async Task<DataverseWorld> StartAsync(Action<DataverseWorld>? beforeGoals = null)
    {
        var world = new DataverseWorld();
        var folder = SolutionLocator.Locate(null, AppContext.BaseDirectory);
        world.Env = new LocalDataverseBuilder()
            .WithSolutionFolder(folder)
            .WithPluginAssembly(typeof(Plugins.Infrastructure.PluginBase).Assembly)
            .WithTimeProvider(world.Clock)
            .Build();
        world._system = world.Env.GetOrganizationService(world.Env.SystemUserId);
        world.SeedPeople();
        beforeGoals?.Invoke(world);
        world.SeedGoals();
        world.Api = await LocalDataverseWebApi.StartAsync(world.Env, SolutionReader.Load(folder).CustomApis);
        world._services = new ServiceCollection()
            .AddDataverseWebApi(new DataverseWebApiOptions { Url = world.Api.Url, Credential = world.Api.CreateCredential(), RetryBaseDelay = TimeSpan.FromMilliseconds(50) })
            .BuildServiceProvider();
        world.Client = world._services.GetRequiredService<DataverseWebApiClient>();
        return world;
    }

    /// <summary>An open opportunity of the rep expected to close in Q1 (a follow-up candidate).</summary>
    public Guid OpenDeal(Guid owner, string name, decimal estimated, int probability) => _system.Create(new Entity(OpportunityTable.LogicalName)
    {
        [OpportunityTable.Fields.Name] = name,
        ["estimatedvalue"] = new Money(estimated),
        [OpportunityTable.Fields.CloseProbability] = probability,
        [OpportunityTable.Fields.EstimatedCloseDate] = new DateTime(2026, 3, 20),
        [OpportunityTable.Fields.OwnerId] = new EntityReference("systemuser", owner),
        [OpportunityTable.Fields.CurrencyId] = new EntityReference(PlatformTables.TransactionCurrency, Cny),
    });

    /// <summary>Creates and wins a deal through the pipeline: the plug-ins write the ledger row and the goals' progress.</summary>
    public void Win(Guid owner, string name, decimal amount, DateTime closedOn)
    {
        var id = OpenDeal(owner, name, amount, 50);
        _system.Execute(new WinOpportunityRequest
        {
            OpportunityClose = new Entity("opportunityclose")
            {
                [OpportunityTable.Close.OpportunityId] = new EntityReference(OpportunityTable.LogicalName, id),
                [OpportunityTable.Close.ActualRevenue] = new Money(amount),
                [OpportunityTable.Close.ActualEnd] = closedOn,
            },
            Status = new OptionSetValue(3),
        });
    }

    public Entity Goal(Guid id) => _system.Retrieve(SgGoal.LogicalName, id, new Microsoft.Xrm.Sdk.Query.ColumnSet(true));

    private Guid _metric;

    private void SeedPeople()
    {
        Cny = Env.Seed.Currency("CNY", 1m, isBase: true, symbol: "¥");
        Manager = Env.Seed.User("Zhang Wei", languageId: 1033, currencyId: Cny);
        LiNa = Env.Seed.User("李娜", languageId: 2052, managerId: Manager, currencyId: Cny);
        WangFang = Env.Seed.User("Wang Fang", languageId: 1033, managerId: Manager, currencyId: Cny);
        Env.Seed.AssignRole(Manager, PlatformTables.GoalManagerRoleName);
        var metric = Guid.Empty;
        foreach (var preset in MetricPresets.All)
        {
            var id = Env.Seed.Row(new Entity(SgMetric.LogicalName)
            {
                [SgMetric.Fields.Name] = preset.NameEnglish,
                [SgMetric.Fields.Code] = preset.Code,
                [SgMetric.Fields.SourceTable] = MetricSourceMap.TableOf(preset.Source),
                [SgMetric.Fields.IncludeExternal] = preset.ReadsFrom(SourceKind.ExternalDeal),
            });
            metric = preset.Code == MetricCodes.WonRevenue ? id : metric;
        }

        _metric = metric;
    }

    private void SeedGoals()
    {
        var metric = _metric;
        var profile = new Entity(SgSeasonalityProfile.LogicalName) { ["sg_name"] = "Building materials (E5)" };
        foreach (var (column, weight) in SgSeasonalityProfile.WeightFields.Zip(ReportData.E5Weights))
        {
            profile[column] = weight;
        }

        var profileId = Env.Seed.Row(profile);
        var asManager = Env.GetOrganizationService(Manager);
        CompanyGoal = asManager.Create(GoalRow("Company Q1 2026", Manager, metric, profileId, 4_600_000m, null));
        LiNaGoal = asManager.Create(GoalRow("李娜 Q1 2026", LiNa, metric, profileId, 2_300_000m, CompanyGoal));
        WangFangGoal = asManager.Create(GoalRow("Wang Fang Q1 2026", WangFang, metric, profileId, 2_300_000m, CompanyGoal));
        foreach (var goal in new[] { CompanyGoal, LiNaGoal, WangFangGoal })
        {
            asManager.Update(new Entity(SgGoal.LogicalName, goal) { [SgGoal.Fields.GoalStatus] = new OptionSetValue(SgGoal.Options.StatusActive) });
        }
    }

    private Entity GoalRow(string name, Guid assignee, Guid metric, Guid profile, decimal target, Guid? parent)
    {
        var row = new Entity(SgGoal.LogicalName)
        {
            [SgGoal.Fields.Name] = name,
            [SgGoal.Fields.AssigneeUserId] = new EntityReference("systemuser", assignee),
            [SgGoal.Fields.ManagerId] = new EntityReference("systemuser", Manager),
            [SgGoal.Fields.MetricId] = new EntityReference(SgMetric.LogicalName, metric),
            [SgGoal.Fields.PeriodType] = new OptionSetValue(100_000_001),
            [SgGoal.Fields.PeriodStart] = new DateTime(2026, 1, 1),
            [SgGoal.Fields.PeriodEnd] = new DateTime(2026, 3, 31),
            [SgGoal.Fields.BaseValue] = target * 0.8m,
            [SgGoal.Fields.TargetValue] = target,
            [SgGoal.Fields.StretchValue] = target * 1.2m,
            [SgGoal.Fields.SeasonalityProfileId] = new EntityReference(SgSeasonalityProfile.LogicalName, profile),
            [SgGoal.Fields.CurrencyId] = new EntityReference(PlatformTables.TransactionCurrency, Cny),
        };
        if (parent is { } p)
        {
            row[SgGoal.Fields.ParentGoalId] = new EntityReference(SgGoal.LogicalName, p);
        }
        else
        {
            row[SgGoal.Fields.Strategy] = "Win the spring building season in East China.";
            row[SgGoal.Fields.SplitAxis] = new OptionSetValue(100_000_002);
        }

        return row;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Api.DisposeAsync();
    }
}
