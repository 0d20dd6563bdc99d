using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.LocalDataverse.Faults;

namespace SalesGoals.Crm.LocalDataverse.FetchXml;

/// <summary>FetchXml operator names and their ConditionOperator.</summary>
internal static class FetchOperators
{
    private static readonly Dictionary<string, ConditionOperator> Map = new(StringComparer.OrdinalIgnoreCase)
    {
        ["eq"] = ConditionOperator.Equal,
        ["neq"] = ConditionOperator.NotEqual,
        ["ne"] = ConditionOperator.NotEqual,
        ["gt"] = ConditionOperator.GreaterThan,
        ["ge"] = ConditionOperator.GreaterEqual,
        ["lt"] = ConditionOperator.LessThan,
        ["le"] = ConditionOperator.LessEqual,
        ["like"] = ConditionOperator.Like,
        ["not-like"] = ConditionOperator.NotLike,
        ["in"] = ConditionOperator.In,
        ["not-in"] = ConditionOperator.NotIn,
        ["between"] = ConditionOperator.Between,
        ["not-between"] = ConditionOperator.NotBetween,
        ["null"] = ConditionOperator.Null,
        ["not-null"] = ConditionOperator.NotNull,
        ["eq-userid"] = ConditionOperator.EqualUserId,
        ["ne-userid"] = ConditionOperator.NotEqualUserId,
        ["eq-businessid"] = ConditionOperator.EqualBusinessId,
        ["ne-businessid"] = ConditionOperator.NotEqualBusinessId,
        ["eq-userteams"] = ConditionOperator.EqualUserTeams,
        ["eq-useroruserteams"] = ConditionOperator.EqualUserOrUserTeams,
        ["begins-with"] = ConditionOperator.BeginsWith,
        ["not-begin-with"] = ConditionOperator.DoesNotBeginWith,
        ["ends-with"] = ConditionOperator.EndsWith,
        ["not-end-with"] = ConditionOperator.DoesNotEndWith,
        ["on"] = ConditionOperator.On,
        ["not-on"] = ConditionOperator.NotOn,
        ["on-or-after"] = ConditionOperator.OnOrAfter,
        ["on-or-before"] = ConditionOperator.OnOrBefore,
        ["today"] = ConditionOperator.Today,
        ["yesterday"] = ConditionOperator.Yesterday,
        ["tomorrow"] = ConditionOperator.Tomorrow,
        ["last-seven-days"] = ConditionOperator.Last7Days,
        ["next-seven-days"] = ConditionOperator.Next7Days,
        ["this-month"] = ConditionOperator.ThisMonth,
        ["last-month"] = ConditionOperator.LastMonth,
        ["next-month"] = ConditionOperator.NextMonth,
        ["this-year"] = ConditionOperator.ThisYear,
        ["last-year"] = ConditionOperator.LastYear,
        ["next-year"] = ConditionOperator.NextYear,
        ["last-x-days"] = ConditionOperator.LastXDays,
        ["next-x-days"] = ConditionOperator.NextXDays,
        ["last-x-hours"] = ConditionOperator.LastXHours,
        ["next-x-hours"] = ConditionOperator.NextXHours,
        ["olderthan-x-days"] = ConditionOperator.OlderThanXDays,
        ["contain-values"] = ConditionOperator.ContainValues,
        ["not-contain-values"] = ConditionOperator.DoesNotContainValues,
    };

    public static ConditionOperator Parse(string name) =>
        Map.TryGetValue(name, out var op) ? op : throw DataverseFault.InvalidArgument($"The operator '{name}' is not valid or not supported by the local Dataverse.");

    /// <summary>Operators whose values are counts (days, hours), not column values.</summary>
    public static bool TakesCount(ConditionOperator op) => op is ConditionOperator.LastXDays or ConditionOperator.NextXDays
        or ConditionOperator.LastXHours or ConditionOperator.NextXHours or ConditionOperator.OlderThanXDays;
}
