using System;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Schema;
using C = SalesGoals.Crm.Plugins.Schema.SgGoalContribution.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Support;

/// <summary>Seeds won opportunities (or external deals) with their ledger rows directly (no plug-ins), as if they had been won earlier.</summary>
public static class PriorWins
{
    public static void Seed(GoalWorld world, Guid goalId, int count, decimal amountEach, DateTime closeDate) =>
        Seed(world, goalId, count, amountEach, OpportunityTable.LogicalName, () => new Entity(OpportunityTable.LogicalName)
        {
            [OpportunityTable.Fields.Name] = "Prior deal",
            [OpportunityTable.Fields.OwnerId] = new EntityReference("systemuser", world.Rep),
            [OpportunityTable.Fields.StateCode] = new OptionSetValue(OpportunityTable.States.Won),
            ["statuscode"] = new OptionSetValue(3),
            [OpportunityTable.Fields.ActualValue] = new Money(amountEach),
            [OpportunityTable.Fields.ActualCloseDate] = closeDate,
        });

    public static void SeedExternal(GoalWorld world, Guid goalId, int count, decimal amountEach, DateTime closeDate)
    {
        var next = 0;
        Seed(world, goalId, count, amountEach, SgExternalActual.LogicalName, () => new Entity(SgExternalActual.LogicalName)
        {
            [SgExternalActual.Fields.Name] = "Prior Fenxiang deal",
            [SgExternalActual.Fields.SourceSystem] = new OptionSetValue(100000001),
            [SgExternalActual.Fields.ExternalId] = "fx-prior-" + (next++).ToString(System.Globalization.CultureInfo.InvariantCulture),
            [SgExternalActual.Fields.OwnerUserId] = new EntityReference("systemuser", world.Rep),
            [SgExternalActual.Fields.DealState] = new OptionSetValue(SgExternalActual.Options.DealWon),
            [SgExternalActual.Fields.Amount] = new Money(amountEach),
            [SgExternalActual.Fields.CloseDate] = closeDate,
        });
    }

    private static void Seed(GoalWorld world, Guid goalId, int count, decimal amountEach, string table, Func<Entity> record)
    {
        var metric = world.Metric(GoalEngine.Metrics.MetricCodes.WonRevenue);
        for (var i = 0; i < count; i++)
        {
            var id = world.Env.Seed.Row(record());
            world.Env.Seed.Row(new Entity(SgGoalContribution.LogicalName)
            {
                [C.GoalId] = new EntityReference(SgGoal.LogicalName, goalId),
                [C.SourceTable] = table,
                [C.SourceId] = id.ToString("D"),
                [C.MetricId] = metric,
                [C.Numerator] = amountEach,
                [C.Denominator] = 0m,
                [C.Amount] = amountEach,
            });
        }

        world.AsSystem.Update(new Entity(SgGoal.LogicalName, goalId)
        {
            [SgGoal.Fields.ActualNumerator] = amountEach * count,
            [SgGoal.Fields.Actual] = amountEach * count,
        });
    }
}
