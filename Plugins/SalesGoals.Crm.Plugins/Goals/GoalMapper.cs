using System;
using System.Globalization;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Plugins.Schema;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Goals;

/// <summary>Translates sg_goal rows to engine snapshots. Choices map to enums as value − 100000000.</summary>
public static class GoalMapper
{
    /// <summary>The decimals a goal's figures are shown and split in: a count metric's are whole numbers, every other
    /// metric's (and an unknown code's) have two.</summary>
    public static int PrecisionOf(string? metricCode) =>
        metricCode != null && MetricPresets.TryGet(metricCode, out var preset) ? preset.FixedPrecision ?? 2 : 2;

    public static GoalSnapshot ToSnapshot(Entity goal, string? metricCode, int precision = 2)
    {
        var user = goal.GetAttributeValue<EntityReference>(F.AssigneeUserId);
        var team = goal.GetAttributeValue<EntityReference>(F.AssigneeTeamId);
        return new GoalSnapshot
        {
            Id = goal.Id,
            ParentId = goal.GetAttributeValue<EntityReference>(F.ParentGoalId)?.Id,
            Name = goal.GetAttributeValue<string>(F.Name),
            Assignee = user != null ? Assignee.User(user.Id) : team != null ? Assignee.Team(team.Id) : null,
            ManagerId = goal.GetAttributeValue<EntityReference>(F.ManagerId)?.Id,
            MetricCode = metricCode,
            PeriodType = PeriodTypeOf(goal.GetAttributeValue<OptionSetValue>(F.PeriodType)),
            PeriodStart = Date(goal, F.PeriodStart),
            PeriodEnd = Date(goal, F.PeriodEnd),
            Dimensions = new GoalDimensions(OptionText(goal, F.ProductLine), OptionText(goal, F.Region), OptionText(goal, F.CustomerSegment)),
            Base = goal.GetAttributeValue<decimal?>(F.BaseValue),
            Target = goal.GetAttributeValue<decimal?>(F.TargetValue) ?? 0m,
            Stretch = goal.GetAttributeValue<decimal?>(F.StretchValue),
            Precision = precision,
            SplitAxis = Choice(goal, F.SplitAxis, SplitAxis.None),
            AllowedOverAssignmentPercent = goal.GetAttributeValue<decimal?>(F.OverAssignmentPct) ?? 0m,
            State = Choice(goal, F.GoalStatus, GoalState.Draft),
            IsLocked = goal.GetAttributeValue<bool?>(F.IsLocked) ?? false,
            RootStrategy = goal.GetAttributeValue<string>(F.Strategy),
        };
    }

    /// <summary>The row's value of a column: the target's when it carries it, else the stored row's.</summary>
    public static Entity Merge(Entity stored, Entity changes)
    {
        var merged = new Entity(stored.LogicalName, stored.Id);
        foreach (var attribute in stored.Attributes)
        {
            merged[attribute.Key] = attribute.Value;
        }

        foreach (var attribute in changes.Attributes)
        {
            merged[attribute.Key] = attribute.Value;
        }

        return merged;
    }

    public static string? OptionText(Entity row, string column) =>
        row.GetAttributeValue<OptionSetValue>(column)?.Value.ToString(CultureInfo.InvariantCulture);

    public static LocalDate? Date(Entity row, string column) =>
        row.GetAttributeValue<DateTime?>(column) is { } value ? LocalDate.FromDateTime(value) : null;

    /// <summary>"No duplicate goal for the same scope, metric and period" compares this key.</summary>
    public static string ScopeKey(GoalSnapshot goal) => string.Join(
        "|",
        goal.MetricCode ?? "",
        goal.Assignee?.ToString() ?? "",
        goal.PeriodStart?.ToString() ?? "",
        goal.PeriodEnd?.ToString() ?? "",
        goal.Dimensions.ProductLine ?? "",
        goal.Dimensions.Region ?? "",
        goal.Dimensions.Segment ?? "").ToLowerInvariant();

    // sg_periodtype lists Year..Day then Custom; the engine's enum starts with Custom.
    public static PeriodType PeriodTypeOf(OptionSetValue? option) => option?.Value switch
    {
        100000000 => PeriodType.Year,
        100000001 => PeriodType.Quarter,
        100000002 => PeriodType.Month,
        100000003 => PeriodType.Week,
        100000004 => PeriodType.Day,
        _ => PeriodType.Custom,
    };

    public static OptionSetValue PeriodTypeOption(PeriodType type) => new(type switch
    {
        PeriodType.Year => 100000000,
        PeriodType.Quarter => 100000001,
        PeriodType.Month => 100000002,
        PeriodType.Week => 100000003,
        PeriodType.Day => 100000004,
        _ => 100000005,
    });

    private static TEnum Choice<TEnum>(Entity row, string column, TEnum fallback)
        where TEnum : struct, Enum =>
        row.GetAttributeValue<OptionSetValue>(column) is { } option
            ? (TEnum)Enum.ToObject(typeof(TEnum), option.Value - SgGoal.Options.First)
            : fallback;
}
