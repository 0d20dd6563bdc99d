using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.LocalDataverse;
using SalesGoals.Crm.LocalDataverse.Notifications;
using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Sandbox;

namespace SalesGoals.Crm.Benchmarks.Support;

/// <summary>The local Dataverse the on-demand load benches share (the wins and recalculation benches): the solution
/// and plug-ins loaded, the clock fixed mid-Q1 2026, service-endpoint posts discarded, and Q1 goals seeded one row
/// each so the benches measure the plug-ins, not the seeding.</summary>
internal static class QuarterGoalWorld
{
    public static readonly DateTime QuarterStart = new(2026, 1, 1);

    public static LocalDataverseEnvironment Build() =>
        new LocalDataverseBuilder()
            .WithSolutionFolder(SolutionLocator.Locate(null, AppContext.BaseDirectory))
            .WithPluginAssembly(typeof(PluginBase).Assembly)
            .WithTimeProvider(new FixedTime(new DateTimeOffset(2026, 2, 15, 4, 0, 0, TimeSpan.Zero)))
            .WithServiceEndpointSink(new DiscardingSink())
            .Build();

    public static Guid Goal(LocalDataverseEnvironment env, string name, Guid assignee, Guid metric, Guid? parent, bool split)
    {
        var goal = new Entity(SgGoal.LogicalName)
        {
            [SgGoal.Fields.Name] = name,
            [SgGoal.Fields.MetricId] = new EntityReference(SgMetric.LogicalName, metric),
            [SgGoal.Fields.PeriodType] = new OptionSetValue(100000001),
            [SgGoal.Fields.PeriodStart] = QuarterStart,
            [SgGoal.Fields.PeriodEnd] = new DateTime(2026, 3, 31),
            [SgGoal.Fields.TargetValue] = 1_000_000_000m,
            [SgGoal.Fields.AssigneeUserId] = new EntityReference("systemuser", assignee),
            [SgGoal.Fields.GoalStatus] = new OptionSetValue(SgGoal.Options.StatusActive),
        };
        if (parent is { } parentId)
        {
            goal[SgGoal.Fields.ParentGoalId] = new EntityReference(SgGoal.LogicalName, parentId);
        }

        if (split)
        {
            goal[SgGoal.Fields.SplitAxis] = new OptionSetValue(100000001);
        }

        return env.Seed.Row(goal);
    }

    private sealed class DiscardingSink : IServiceEndpointSink
    {
        public Task<string> PostAsync(ServiceEndpointPost post, CancellationToken cancellationToken = default) => Task.FromResult(string.Empty);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
