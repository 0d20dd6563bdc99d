using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.LocalDataverse;
using SalesGoals.Crm.LocalDataverse.Concurrency;
using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Sandbox;

namespace SalesGoals.Crm.Benchmarks.Plugins;

/// <summary>
/// One Win through the real pipeline and step registrations, on a leaf goal (with one ancestor) that
/// already counts 10 or 100,000 won opportunities. Prints the organization-service requests the
/// plug-ins made for the win: the figure must be the same for both sizes.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10, invocationCount: 1)]
[MemoryDiagnoser]
public class WinBenchmarks
{
    private static readonly DateTime CloseDate = new(2026, 2, 10);
    private LocalDataverseEnvironment _env = null!;
    private IOrganizationService _rep = null!;
    private Guid _repId;
    private Guid _deal;

    [Params(10, 100_000)]
    public int PriorWins { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _env = new LocalDataverseBuilder().WithSolutionFolder(SolutionLocator.Locate(null, System.AppContext.BaseDirectory)).WithPluginAssembly(typeof(PluginBase).Assembly)
            .WithTimeProvider(new FixedTime(new DateTimeOffset(2026, 2, 15, 4, 0, 0, TimeSpan.Zero))).Build();
        _env.Seed.Currency("CNY", 1m, isBase: true);
        var manager = _env.Seed.User("Manager");
        _env.Seed.AssignRole(manager, PlatformTables.GoalManagerRoleName);
        _repId = _env.Seed.User("Rep", managerId: manager);
        _rep = _env.GetOrganizationService(_repId);
        var metric = _env.Seed.Row(new Entity(SgMetric.LogicalName) { [SgMetric.Fields.Code] = MetricCodes.WonRevenue, [SgMetric.Fields.Name] = "Won revenue" });
        var asManager = _env.GetOrganizationService(manager);
        var root = asManager.Create(Goal("2026", _repId, metric, new DateTime(2026, 1, 1), new DateTime(2026, 12, 31), 100000000, null));
        var leaf = asManager.Create(Goal("Q1", _repId, metric, new DateTime(2026, 1, 1), new DateTime(2026, 3, 31), 100000001, root));
        for (var i = 0; i < PriorWins; i++)
        {
            var id = _env.Seed.Row(new Entity(OpportunityTable.LogicalName)
            {
                [OpportunityTable.Fields.OwnerId] = new EntityReference("systemuser", _repId),
                [OpportunityTable.Fields.StateCode] = new OptionSetValue(OpportunityTable.States.Won),
                ["statuscode"] = new OptionSetValue(3),
                [OpportunityTable.Fields.ActualValue] = new Money(1_000m),
                [OpportunityTable.Fields.ActualCloseDate] = CloseDate,
            });
            _env.Seed.Row(new Entity(SgGoalContribution.LogicalName)
            {
                [SgGoalContribution.Fields.GoalId] = new EntityReference(SgGoal.LogicalName, leaf),
                [SgGoalContribution.Fields.SourceTable] = OpportunityTable.LogicalName,
                [SgGoalContribution.Fields.SourceId] = id.ToString("D"),
                [SgGoalContribution.Fields.MetricId] = new EntityReference(SgMetric.LogicalName, metric),
                [SgGoalContribution.Fields.Numerator] = 1_000m,
            });
        }

        PrepareDeal();
        _env.Interleaving.RecordCheckpoints = true;
        Win();
        _env.Interleaving.RecordCheckpoints = false;
        var requests = _env.Interleaving.Reached.Count(p => p.Depth > 1 && p.Stage == 30 && p.Point == PipelinePoint.BeforeStage);
        _env.Interleaving.Reached.Clear();
        Console.WriteLine($"// [plugins] prior wins {PriorWins}: {requests} organization-service requests per win (leaf + 1 ancestor)");
    }

    [IterationSetup]
    public void PrepareDeal() =>
        _deal = _rep.Create(new Entity(OpportunityTable.LogicalName) { [OpportunityTable.Fields.Name] = "Deal", [OpportunityTable.Fields.OwnerId] = new EntityReference("systemuser", _repId) });

    [Benchmark]
    public void Win() => _rep.Execute(new WinOpportunityRequest
    {
        OpportunityClose = new Entity("opportunityclose")
        {
            [OpportunityTable.Close.OpportunityId] = new EntityReference(OpportunityTable.LogicalName, _deal),
            [OpportunityTable.Close.ActualRevenue] = new Money(5_000m),
            [OpportunityTable.Close.ActualEnd] = CloseDate,
        },
        Status = new OptionSetValue(3),
    });

    private static Entity Goal(string name, Guid assignee, Guid metric, DateTime start, DateTime end, int periodType, Guid? parent)
    {
        var goal = new Entity(SgGoal.LogicalName)
        {
            [SgGoal.Fields.Name] = name,
            [SgGoal.Fields.MetricId] = new EntityReference(SgMetric.LogicalName, metric),
            [SgGoal.Fields.PeriodType] = new OptionSetValue(periodType),
            [SgGoal.Fields.PeriodStart] = start,
            [SgGoal.Fields.PeriodEnd] = end,
            [SgGoal.Fields.TargetValue] = 1_000_000_000m,
            [SgGoal.Fields.AssigneeUserId] = new EntityReference("systemuser", assignee),
        };
        if (parent is { } parentId)
        {
            goal[SgGoal.Fields.ParentGoalId] = new EntityReference(SgGoal.LogicalName, parentId);
            goal[SgGoal.Fields.GoalStatus] = new OptionSetValue(SgGoal.Options.StatusActive);
        }
        else
        {
            goal[SgGoal.Fields.Strategy] = "benchmark";
            goal[SgGoal.Fields.SplitAxis] = new OptionSetValue(100000001);
        }

        return goal;
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
