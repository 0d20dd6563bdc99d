using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.Serialization.Json;
using System.Text;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.Plugins.Planning;
using SalesGoals.Crm.Plugins.Schema;

namespace SalesGoals.Crm.Plugins.Tests.Support;

/// <summary>
/// A valid March 2026 won-revenue plan for sg_ApplyGoalPlan, as the CLI sends it: "East" (the director's, split by
/// assignee, 1,000) over "East / Ray" (600) and "East / Olga" (400). A test bends it, then applies it as the manager.
/// </summary>
public sealed class PlanBuilder
{
    public const string Root = "East";
    public const string Ray = "East / Ray";
    public const string Olga = "East / Olga";

    private readonly GoalWorld _world;

    public PlanBuilder(GoalWorld world)
    {
        _world = world;
        Document = new GoalPlanDocument
        {
            Name = "FY2026 East",
            MetricId = world.Metric(MetricCodes.WonRevenue).Id,
            MetricCode = MetricCodes.WonRevenue,
            CurrencyId = world.BaseCurrency,
        };
        Document.Goals.Add(Goal(Root, null, world.Director, 1_000m, "Assignee"));
        Document.Goals.Add(Goal(Ray, Root, world.Rep, 600m, "None"));
        Document.Goals.Add(Goal(Olga, Root, world.OtherRep, 400m, "None"));
    }

    public GoalPlanDocument Document { get; }

    public GoalPlanGoal this[string key] => Document.Goals.Single(g => g.Key == key);

    public GoalPlanGoal Goal(string key, string? parentKey, Guid userId, decimal target, string splitAxis) => new()
    {
        Key = key,
        ParentKey = parentKey,
        Name = key,
        UserId = userId,
        ManagerId = _world.Manager,
        PeriodType = "Month",
        Start = "2026-03-01",
        End = "2026-03-31",
        Base = target - 100m,
        Target = target,
        Stretch = target + 100m,
        SplitAxis = splitAxis,
    };

    public PlanBuilder Without(string key)
    {
        Document.Goals.RemoveAll(g => g.Key == key);
        return this;
    }

    public PlanBuilder Add(GoalPlanGoal goal)
    {
        Document.Goals.Add(goal);
        return this;
    }

    public static string Json(GoalPlanDocument document)
    {
        using var stream = new MemoryStream();
        new DataContractJsonSerializer(typeof(GoalPlanDocument)).WriteObject(stream, document);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Every sg_goal row (active or not), all columns.</summary>
    public IReadOnlyList<Entity> StoredGoals() =>
        _world.AsSystem.RetrieveMultiple(new QueryExpression(SgGoal.LogicalName) { ColumnSet = new ColumnSet(true) }).Entities.ToList();

    /// <summary>The stored goal of a plan key (the builder names each goal after its key).</summary>
    public Entity Stored(string name) => StoredGoals().Single(g => g.GetAttributeValue<string>(SgGoal.Fields.Name) == name);

    /// <summary>Calls sg_ApplyGoalPlan with this plan (as the manager unless told otherwise).</summary>
    public PlanOutcome Apply(Guid? asUser = null) => Send(Json(Document), asUser);

    /// <summary>Calls sg_ApplyGoalPlan with any Plan text.</summary>
    public PlanOutcome Send(string planText, Guid? asUser = null)
    {
        var request = new OrganizationRequest(ApplyGoalPlan.MessageName) { [ApplyGoalPlan.PlanParameter] = planText };
        var results = _world.Env.GetOrganizationService(asUser ?? _world.Manager).Execute(request).Results;
        using var removed = new MemoryStream(Encoding.UTF8.GetBytes((string)results[ApplyGoalPlan.RemovedOutput]));
        var removals = (List<GoalPlanRemoval>)new DataContractJsonSerializer(typeof(List<GoalPlanRemoval>)).ReadObject(removed)!;
        return new PlanOutcome(
            (int)results[ApplyGoalPlan.CreatedOutput],
            (int)results[ApplyGoalPlan.UpdatedOutput],
            (int)results[ApplyGoalPlan.UnchangedOutput],
            (int)results[ApplyGoalPlan.ActivatedOutput],
            removals);
    }
}
