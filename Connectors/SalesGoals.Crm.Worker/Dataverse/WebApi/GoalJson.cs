using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace SalesGoals.Crm.Worker.Dataverse.WebApi;

/// <summary>Reads an sg_goal row of the Web API into a <see cref="GoalRecord"/>.</summary>
internal static class GoalJson
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "sg_goalid", "sg_name", "_sg_assigneeuserid_value", "_sg_parentgoalid_value", "sg_periodtype", "sg_periodstart", "sg_periodend",
        "_sg_metricid_value", "_transactioncurrencyid_value", "sg_goalstatus", "sg_basevalue", "sg_targetvalue", "sg_stretchvalue",
        "sg_actual", "sg_attainmentpct", "sg_expectedtodate", "sg_pacestatus", "sg_tier", "sg_lastcomputedon",
    ];

    public static GoalRecord Read(JsonObject goal, IReadOnlyDictionary<Guid, string> metricCodes, IReadOnlyDictionary<Guid, string> currencyCodes)
    {
        var metric = JsonColumns.Lookup(goal, "sg_metricid");
        var currency = JsonColumns.Lookup(goal, "transactioncurrencyid");
        return new GoalRecord
        {
            Id = JsonColumns.Guid(goal, "sg_goalid") ?? Guid.Empty,
            Name = JsonColumns.Text(goal, "sg_name") ?? string.Empty,
            AssigneeUserId = JsonColumns.Lookup(goal, "sg_assigneeuserid"),
            ParentGoalId = JsonColumns.Lookup(goal, "sg_parentgoalid"),
            PeriodType = SchemaValues.Label(SchemaValues.PeriodTypes, JsonColumns.Int(goal, "sg_periodtype")) ?? "Custom",
            PeriodStart = JsonColumns.Date(goal, "sg_periodstart") ?? default,
            PeriodEnd = JsonColumns.Date(goal, "sg_periodend") ?? default,
            MetricCode = metric is Guid m && metricCodes.TryGetValue(m, out var code) ? code : string.Empty,
            CurrencyCode = currency is Guid c && currencyCodes.TryGetValue(c, out var iso) ? iso : null,
            Status = SchemaValues.Label(SchemaValues.GoalStatuses, JsonColumns.Int(goal, "sg_goalstatus")) ?? "Draft",
            BaseValue = JsonColumns.Decimal(goal, "sg_basevalue"),
            Target = JsonColumns.Decimal(goal, "sg_targetvalue") ?? 0m,
            StretchValue = JsonColumns.Decimal(goal, "sg_stretchvalue"),
            Actual = JsonColumns.Decimal(goal, "sg_actual"),
            AttainmentPercent = JsonColumns.Decimal(goal, "sg_attainmentpct"),
            ExpectedToDate = JsonColumns.Decimal(goal, "sg_expectedtodate"),
            PaceStatus = SchemaValues.Label(SchemaValues.PaceStatuses, JsonColumns.Int(goal, "sg_pacestatus")),
            Tier = SchemaValues.Label(SchemaValues.Tiers, JsonColumns.Int(goal, "sg_tier")),
            LastComputedOn = JsonColumns.Instant(goal, "sg_lastcomputedon"),
        };
    }
}
