using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.LocalDataverse;
using SalesGoals.Crm.Plugins.Attainment.Sources;
using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Recalculation;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Testing.Time;

namespace SalesGoals.Crm.Plugins.Tests.Support;

/// <summary>
/// A local Dataverse loaded with the real Solution/ (tables and step registrations) and this
/// assembly's plug-ins, plus the people of a small sales organization and the preset metrics.
/// </summary>
public sealed class GoalWorld
{
    public static readonly DateTimeOffset Now = new(2026, 2, 15, 4, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<string, Guid> _metrics = new(StringComparer.OrdinalIgnoreCase);

    private GoalWorld(DateTimeOffset now)
    {
        Time = new ManualTimeProvider(now);
        Env = new LocalDataverseBuilder()
            .WithSolution(SolutionFolder.Definition)
            .WithPluginAssembly(typeof(PluginBase).Assembly)
            .WithTimeProvider(Time)
            .Build();
        BaseCurrency = Env.Seed.Currency("CNY", 1m, isBase: true);
        Director = Env.Seed.User("Dana Director", languageId: 1033);
        Env.Seed.AssignRole(Director, PlatformTables.GoalManagerRoleName);
        Manager = Env.Seed.User("Mia Manager", languageId: 1033, managerId: Director);
        Env.Seed.AssignRole(Manager, PlatformTables.GoalManagerRoleName);
        Rep = Env.Seed.User("Ray Rep", languageId: 1033, managerId: Manager);
        OtherRep = Env.Seed.User("Olga Rep", languageId: 1033, managerId: Manager);
        foreach (var metric in MetricPresets.All)
        {
            _metrics[metric.Code] = Env.Seed.Row(new Entity(SgMetric.LogicalName)
            {
                [SgMetric.Fields.Name] = metric.NameEnglish,
                [SgMetric.Fields.Code] = metric.Code,
                [SgMetric.Fields.SourceTable] = MetricSourceMap.TableOf(metric.Source),
                [SgMetric.Fields.IncludeExternal] = metric.ReadsFrom(SourceKind.ExternalDeal),
            });
        }
    }

    public LocalDataverseEnvironment Env { get; }

    /// <summary>The environment's clock (frozen; <see cref="ManualTimeProvider.Advance"/> moves it).</summary>
    public ManualTimeProvider Time { get; }

    public Guid BaseCurrency { get; }

    public Guid Director { get; }

    public Guid Manager { get; }

    public Guid Rep { get; }

    public Guid OtherRep { get; }

    public IOrganizationService AsManager => Env.GetOrganizationService(Manager);

    public IOrganizationService AsRep => Env.GetOrganizationService(Rep);

    public IOrganizationService AsSystem => Env.ServiceFactory.CreateOrganizationService(null);

    public static GoalWorld Create(DateTimeOffset? now = null) => new(now ?? Now);

    public EntityReference Metric(string code) => new(SgMetric.LogicalName, _metrics[code]);

    /// <summary>Other sources (external actuals, appointments, leads, invoices) written as their writers would.</summary>
    public SourceRecords Sources => new(this);

    public GoalBuilder Goal(string name) => new(this, name);

    public Entity Read(Guid goalId) => AsSystem.Retrieve(SgGoal.LogicalName, goalId, new ColumnSet(true));

    public decimal Actual(Guid goalId) => Read(goalId).GetAttributeValue<decimal?>(SgGoal.Fields.Actual) ?? 0m;

    public Guid Opportunity(Guid owner, decimal estimated = 100_000m, bool newCustomer = false, int? productLine = null, Guid? currency = null)
    {
        var row = new Entity(OpportunityTable.LogicalName)
        {
            [OpportunityTable.Fields.Name] = "Deal",
            ["estimatedvalue"] = new Money(estimated),
            [OpportunityTable.Fields.CloseProbability] = 50,
            [OpportunityTable.Fields.EstimatedCloseDate] = new DateTime(2026, 3, 20),
            [OpportunityTable.Fields.OwnerId] = new EntityReference("systemuser", owner),
            [OpportunityTable.Fields.IsNewCustomer] = newCustomer,
        };
        if (productLine.HasValue)
        {
            row[OpportunityTable.Fields.ProductLine] = new OptionSetValue(productLine.Value);
        }

        if (currency.HasValue)
        {
            row[OpportunityTable.Fields.CurrencyId] = new EntityReference(PlatformTables.TransactionCurrency, currency.Value);
        }

        return Env.GetOrganizationService(owner).Create(row);
    }

    public void Win(Guid opportunityId, decimal revenue, DateTime closeDate, Guid? asUser = null) =>
        Env.GetOrganizationService(asUser ?? Rep).Execute(new WinOpportunityRequest { OpportunityClose = Close(opportunityId, revenue, closeDate), Status = new OptionSetValue(3) });

    public void Lose(Guid opportunityId, DateTime closeDate, Guid? asUser = null) =>
        Env.GetOrganizationService(asUser ?? Rep).Execute(new LoseOpportunityRequest { OpportunityClose = Close(opportunityId, 0m, closeDate), Status = new OptionSetValue(4) });

    public void Reopen(Guid opportunityId, Guid? asUser = null) =>
        Env.GetOrganizationService(asUser ?? Rep).Update(new Entity(OpportunityTable.LogicalName, opportunityId)
        {
            [OpportunityTable.Fields.StateCode] = new OptionSetValue(OpportunityTable.States.Open),
            ["statuscode"] = new OptionSetValue(1),
        });

    public IReadOnlyList<Entity> Contributions(Guid goalId)
    {
        var query = new QueryExpression(SgGoalContribution.LogicalName) { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition(SgGoalContribution.Fields.GoalId, ConditionOperator.Equal, goalId);
        return AsSystem.RetrieveMultiple(query).Entities.ToList();
    }

    /// <summary>Calls the sg_RecalculateGoal Custom API slice after slice (passing each Continuation) until Done; returns the last Actual.</summary>
    public decimal Recalculate(Guid goalId) => RecalculateSlices(goalId)[^1].Actual;

    /// <summary>Every slice of one recalculation: its Actual, Continuation and the plug-in requests it made.</summary>
    public IReadOnlyList<(decimal Actual, string Continuation, long Requests)> RecalculateSlices(Guid goalId, int maxSlices = 10_000)
    {
        var slices = new List<(decimal, string, long)>();
        string? continuation = null;
        for (var slice = 0; slice < maxSlices; slice++)
        {
            var request = new OrganizationRequest(RecalculateGoal.MessageName) { [RecalculateGoal.GoalIdParameter] = goalId };
            if (continuation is not null)
            {
                request[RecalculateGoal.ContinuationParameter] = continuation;
            }

            var before = Env.PluginRequestCount;
            var results = AsManager.Execute(request).Results;
            continuation = (string)results[RecalculateGoal.ContinuationOutput];
            slices.Add(((decimal)results[RecalculateGoal.ActualParameter], continuation, Env.PluginRequestCount - before));
            if ((bool)results[RecalculateGoal.DoneOutput])
            {
                return slices;
            }
        }

        throw new InvalidOperationException($"The recalculation of {goalId} did not finish in {maxSlices} slices.");
    }

    private static Entity Close(Guid opportunityId, decimal revenue, DateTime closeDate) => new("opportunityclose")
    {
        [OpportunityTable.Close.OpportunityId] = new EntityReference(OpportunityTable.LogicalName, opportunityId),
        [OpportunityTable.Close.ActualRevenue] = new Money(revenue),
        [OpportunityTable.Close.ActualEnd] = closeDate,
    };
}
