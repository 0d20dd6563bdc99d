using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.Worker.Dataverse;

/// <summary>Reads an sg_goal row into a <see cref="GoalRecord"/>.</summary>
internal static class GoalColumns
{
    public static GoalRecord Read(Entity goal, IReadOnlyDictionary<Guid, string> metricCodes, IReadOnlyDictionary<Guid, string> currencyCodes)
    {
        var metric = goal.GetAttributeValue<EntityReference>("sg_metricid");
        var currency = goal.GetAttributeValue<EntityReference>("transactioncurrencyid");
        return new GoalRecord
        {
            Id = goal.Id,
            Name = goal.GetAttributeValue<string>("sg_name"),
            AssigneeUserId = goal.GetAttributeValue<EntityReference>("sg_assigneeuserid")?.Id,
            ParentGoalId = goal.GetAttributeValue<EntityReference>("sg_parentgoalid")?.Id,
            PeriodType = SchemaValues.Label(SchemaValues.PeriodTypes, Choice(goal, "sg_periodtype")) ?? "Custom",
            PeriodStart = Date(goal, "sg_periodstart"),
            PeriodEnd = Date(goal, "sg_periodend"),
            MetricCode = metric is not null && metricCodes.TryGetValue(metric.Id, out var code) ? code : string.Empty,
            CurrencyCode = currency is not null && currencyCodes.TryGetValue(currency.Id, out var iso) ? iso : null,
            Status = SchemaValues.Label(SchemaValues.GoalStatuses, Choice(goal, "sg_goalstatus")) ?? "Draft",
            BaseValue = goal.GetAttributeValue<decimal?>("sg_basevalue"),
            Target = goal.GetAttributeValue<decimal?>("sg_targetvalue") ?? 0m,
            StretchValue = goal.GetAttributeValue<decimal?>("sg_stretchvalue"),
            Actual = goal.GetAttributeValue<decimal?>("sg_actual"),
            AttainmentPercent = goal.GetAttributeValue<decimal?>("sg_attainmentpct"),
            ExpectedToDate = goal.GetAttributeValue<decimal?>("sg_expectedtodate"),
            PaceStatus = SchemaValues.Label(SchemaValues.PaceStatuses, Choice(goal, "sg_pacestatus")),
            Tier = SchemaValues.Label(SchemaValues.Tiers, Choice(goal, "sg_tier")),
            LastComputedOn = goal.GetAttributeValue<DateTime?>("sg_lastcomputedon") is DateTime computed
                ? new DateTimeOffset(DateTime.SpecifyKind(computed, DateTimeKind.Utc))
                : null,
        };
    }

    private static int? Choice(Entity goal, string column) => goal.GetAttributeValue<OptionSetValue>(column)?.Value;

    private static DateOnly Date(Entity goal, string column) =>
        goal.GetAttributeValue<DateTime?>(column) is DateTime value ? DateOnly.FromDateTime(value) : default;
}
