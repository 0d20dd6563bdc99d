using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.LocalDataverse.Faults;

namespace SalesGoals.Crm.LocalDataverse.Query;

/// <summary>One condition against one value, with SQL's null semantics (a null column matches only Null/NotEqual-free tests).</summary>
internal static class ConditionEvaluator
{
    public static bool Matches(ConditionOperator op, object? value, IReadOnlyList<object?> args, QueryRuntime runtime)
    {
        if (value is AliasedValue aliased)
        {
            value = aliased.Value;
        }

        switch (op)
        {
            case ConditionOperator.Null:
                return value is null;
            case ConditionOperator.NotNull:
                return value is not null;
            case ConditionOperator.EqualUserId:
                return ValueComparer.AreEqual(value, runtime.UserId);
            case ConditionOperator.NotEqualUserId:
                return value is not null && !ValueComparer.AreEqual(value, runtime.UserId);
            case ConditionOperator.EqualBusinessId:
                return ValueComparer.AreEqual(value, runtime.BusinessUnitId);
            case ConditionOperator.NotEqualBusinessId:
                return value is not null && !ValueComparer.AreEqual(value, runtime.BusinessUnitId);
            case ConditionOperator.EqualUserTeams:
                return value is not null && runtime.UserTeamIds.Any(t => ValueComparer.AreEqual(value, t));
            case ConditionOperator.EqualUserOrUserTeams:
                return value is not null && (ValueComparer.AreEqual(value, runtime.UserId) || runtime.UserTeamIds.Any(t => ValueComparer.AreEqual(value, t)));
        }

        if (value is null)
        {
            return false;
        }

        return op switch
        {
            ConditionOperator.Equal => ValueComparer.AreEqual(value, Arg(args, 0)),
            ConditionOperator.NotEqual => !ValueComparer.AreEqual(value, Arg(args, 0)),
            ConditionOperator.In => args.Any(a => ValueComparer.AreEqual(value, a)),
            ConditionOperator.NotIn => !args.Any(a => ValueComparer.AreEqual(value, a)),
            ConditionOperator.GreaterThan => ValueComparer.Compare(value, Arg(args, 0)) > 0,
            ConditionOperator.GreaterEqual => ValueComparer.Compare(value, Arg(args, 0)) >= 0,
            ConditionOperator.LessThan => ValueComparer.Compare(value, Arg(args, 0)) < 0,
            ConditionOperator.LessEqual => ValueComparer.Compare(value, Arg(args, 0)) <= 0,
            ConditionOperator.Between => ValueComparer.Compare(value, Arg(args, 0)) >= 0 && ValueComparer.Compare(value, Arg(args, 1)) <= 0,
            ConditionOperator.NotBetween => ValueComparer.Compare(value, Arg(args, 0)) < 0 || ValueComparer.Compare(value, Arg(args, 1)) > 0,
            ConditionOperator.Like => Text(value) is { } t1 && LikePattern.IsMatch(t1, Text(Arg(args, 0)) ?? string.Empty),
            ConditionOperator.NotLike => Text(value) is { } t2 && !LikePattern.IsMatch(t2, Text(Arg(args, 0)) ?? string.Empty),
            ConditionOperator.BeginsWith => Text(value) is { } t3 && t3.StartsWith(Text(Arg(args, 0)) ?? string.Empty, StringComparison.OrdinalIgnoreCase),
            ConditionOperator.DoesNotBeginWith => Text(value) is { } t4 && !t4.StartsWith(Text(Arg(args, 0)) ?? string.Empty, StringComparison.OrdinalIgnoreCase),
            ConditionOperator.EndsWith => Text(value) is { } t5 && t5.EndsWith(Text(Arg(args, 0)) ?? string.Empty, StringComparison.OrdinalIgnoreCase),
            ConditionOperator.DoesNotEndWith => Text(value) is { } t6 && !t6.EndsWith(Text(Arg(args, 0)) ?? string.Empty, StringComparison.OrdinalIgnoreCase),
            ConditionOperator.Contains => Text(value) is { } t7 && t7.Contains(Text(Arg(args, 0)) ?? string.Empty, StringComparison.OrdinalIgnoreCase),
            ConditionOperator.DoesNotContain => Text(value) is { } t8 && !t8.Contains(Text(Arg(args, 0)) ?? string.Empty, StringComparison.OrdinalIgnoreCase),
            ConditionOperator.ContainValues => value is OptionSetValueCollection c1 && c1.Any(o => args.Any(a => ValueComparer.AreEqual(o, a))),
            ConditionOperator.DoesNotContainValues => value is OptionSetValueCollection c2 && !c2.Any(o => args.Any(a => ValueComparer.AreEqual(o, a))),
            _ => DateCondition(op, value, args, runtime),
        };
    }

    private static bool DateCondition(ConditionOperator op, object value, IReadOnlyList<object?> args, QueryRuntime runtime)
    {
        if (value is not DateTime raw)
        {
            throw DataverseFault.InvalidArgument($"The condition operator {op} is not supported by the local Dataverse for a value of type {value.GetType().Name}.");
        }

        var when = ValueComparer.Utc(raw);
        var today = runtime.UtcNow.Date;
        var day = when.Date;
        var month = new DateTime(today.Year, today.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        return op switch
        {
            ConditionOperator.On => day == ArgDate(args).Date,
            ConditionOperator.NotOn => day != ArgDate(args).Date,
            ConditionOperator.OnOrAfter => day >= ArgDate(args).Date,
            ConditionOperator.OnOrBefore => day <= ArgDate(args).Date,
            ConditionOperator.Today => day == today,
            ConditionOperator.Yesterday => day == today.AddDays(-1),
            ConditionOperator.Tomorrow => day == today.AddDays(1),
            ConditionOperator.Last7Days => when >= runtime.UtcNow.AddDays(-7) && when <= runtime.UtcNow,
            ConditionOperator.Next7Days => when >= runtime.UtcNow && when <= runtime.UtcNow.AddDays(7),
            ConditionOperator.LastXDays => when >= today.AddDays(-ArgInt(args)) && when <= runtime.UtcNow,
            ConditionOperator.NextXDays => when >= runtime.UtcNow && when < today.AddDays(ArgInt(args) + 1),
            ConditionOperator.LastXHours => when >= runtime.UtcNow.AddHours(-ArgInt(args)) && when <= runtime.UtcNow,
            ConditionOperator.NextXHours => when >= runtime.UtcNow && when <= runtime.UtcNow.AddHours(ArgInt(args)),
            ConditionOperator.OlderThanXDays => when < today.AddDays(-ArgInt(args)),
            ConditionOperator.ThisMonth => day >= month && day < month.AddMonths(1),
            ConditionOperator.LastMonth => day >= month.AddMonths(-1) && day < month,
            ConditionOperator.NextMonth => day >= month.AddMonths(1) && day < month.AddMonths(2),
            ConditionOperator.ThisYear => day.Year == today.Year,
            ConditionOperator.LastYear => day.Year == today.Year - 1,
            ConditionOperator.NextYear => day.Year == today.Year + 1,
            _ => throw DataverseFault.InvalidArgument($"The condition operator {op} is not supported by the local Dataverse."),
        };
    }

    private static object? Arg(IReadOnlyList<object?> args, int index) =>
        index < args.Count ? args[index] : throw DataverseFault.InvalidArgument("Condition for attribute has an invalid number of values.");

    private static DateTime ArgDate(IReadOnlyList<object?> args) => Arg(args, 0) switch
    {
        DateTime date => ValueComparer.Utc(date),
        string text => DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
        var other => throw DataverseFault.InvalidArgument($"A date was expected, not '{other}'."),
    };

    private static int ArgInt(IReadOnlyList<object?> args) => Convert.ToInt32(Arg(args, 0), CultureInfo.InvariantCulture);

    private static string? Text(object? value) => value switch
    {
        null => null,
        string text => text,
        EntityReference reference => reference.Id.ToString(),
        OptionSetValue option => option.Value.ToString(CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
