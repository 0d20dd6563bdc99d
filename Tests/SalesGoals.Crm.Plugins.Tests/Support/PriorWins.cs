using System;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Schema;
using C = SalesGoals.Crm.Plugins.Schema.SgGoalContribution.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Support;

/// <summary>Seeds won opportunities with their ledger rows directly (no plug-ins), as if they had been won earlier.</summary>
public static class PriorWins
{
    public static void Seed(GoalWorld world, Guid goalId, int count, decimal amountEach, DateTime closeDate)
    {
        var metric = world.Metric(GoalEngine.Metrics.MetricCodes.WonRevenue);
        for (var i = 0; i < count; i++)
        {
            var id = world.Env.Seed.Row(new Entity(OpportunityTable.LogicalName)
            {
                [OpportunityTable.Fields.Name] = "Prior deal",
                [OpportunityTable.Fields.OwnerId] = new EntityReference("systemuser", world.Rep),
                [OpportunityTable.Fields.StateCode] = new OptionSetValue(OpportunityTable.States.Won),
                ["statuscode"] = new OptionSetValue(3),
                [OpportunityTable.Fields.ActualValue] = new Money(amountEach),
                [OpportunityTable.Fields.ActualCloseDate] = closeDate,
            });
            world.Env.Seed.Row(new Entity(SgGoalContribution.LogicalName)
            {
                [C.GoalId] = new EntityReference(SgGoal.LogicalName, goalId),
                [C.SourceTable] = OpportunityTable.LogicalName,
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
