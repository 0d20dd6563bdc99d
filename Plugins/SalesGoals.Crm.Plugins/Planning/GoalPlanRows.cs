using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Plugins.Goals;
using SalesGoals.Crm.Plugins.Schema;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Planning;

/// <summary>
/// A plan goal as an sg_goal row: a new row with the columns the goal steps would set themselves (scope key, owner =
/// assignee, unallocated), since the steps stand aside inside a validated apply (<see cref="GoalPlanGate"/>); and the
/// difference between a stored row and the plan (tiers, settings).
/// </summary>
internal static class GoalPlanRows
{
    public static string ScopeKey(GoalPlanDocument plan, GoalPlanGoal goal) => GoalMapper.ScopeKey(new GoalSnapshot
    {
        MetricCode = plan.MetricCode,
        Assignee = AssigneeOf(goal),
        PeriodStart = LocalDate.ParseIso(goal.Start!),
        PeriodEnd = LocalDate.ParseIso(goal.End!),
        Dimensions = new GoalDimensions(Text(goal.ProductLine), Text(goal.Region), Text(goal.Segment)),
    });

    public static Assignee AssigneeOf(GoalPlanGoal goal) => goal.UserId is { } user ? Assignee.User(user) : Assignee.Team(goal.TeamId!.Value);

    private static string? Text(int? option) => option?.ToString(CultureInfo.InvariantCulture);

    /// <summary>The row as the plan wants it (Draft); <paramref name="unallocated"/>: target − the plan children's targets.</summary>
    public static Entity New(GoalPlanDocument plan, GoalPlanGoal goal, Guid id, Guid? parentId, decimal? unallocated)
    {
        var row = new Entity(SgGoal.LogicalName, id)
        {
            [F.Id] = id,
            [F.Name] = goal.Name,
            [F.MetricId] = new EntityReference(SgMetric.LogicalName, plan.MetricId),
            [F.CurrencyId] = new EntityReference(PlatformTables.TransactionCurrency, plan.CurrencyId),
            [F.PeriodType] = GoalMapper.PeriodTypeOption((PeriodType)Enum.Parse(typeof(PeriodType), goal.PeriodType!)),
            [F.PeriodStart] = Utc(goal.Start!),
            [F.PeriodEnd] = Utc(goal.End!),
            [F.TargetValue] = goal.Target,
            [F.BaseValue] = goal.Base,
            [F.StretchValue] = goal.Stretch,
            [F.SplitAxis] = SplitAxisOption(goal),
            [F.OverAssignmentPct] = goal.OverAssignmentPct,
            [F.GoalStatus] = new OptionSetValue(SgGoal.Options.StatusDraft),
            [F.ScopeKey] = ScopeKey(plan, goal),
            [F.Unallocated] = unallocated,
        };
        var assignee = AssigneeOf(goal);
        row[assignee.Kind == AssigneeKind.User ? F.AssigneeUserId : F.AssigneeTeamId] =
            new EntityReference(assignee.Kind == AssigneeKind.User ? PlatformTables.SystemUser : PlatformTables.Team, assignee.Id);
        row[F.OwnerId] = new EntityReference(assignee.Kind == AssigneeKind.User ? PlatformTables.SystemUser : PlatformTables.Team, assignee.Id);
        if (goal.ManagerId is { } manager)
        {
            row[F.ManagerId] = new EntityReference(PlatformTables.SystemUser, manager);
        }

        if (parentId is { } parent)
        {
            row[F.ParentGoalId] = new EntityReference(SgGoal.LogicalName, parent);
        }
        else
        {
            row[F.Strategy] = goal.Strategy ?? plan.Name;
        }

        if (goal.ProductLine is { } productLine)
        {
            row[F.ProductLine] = new OptionSetValue(productLine);
        }

        if (goal.Region is { } region)
        {
            row[F.Region] = new OptionSetValue(region);
        }

        if (goal.Segment is { } segment)
        {
            row[F.CustomerSegment] = new OptionSetValue(segment);
        }

        return row;
    }

    /// <summary>The tiers the plan changes on a stored goal (written into <paramref name="change"/>), for the lock message.</summary>
    public static List<string> Tiers(Entity row, GoalPlanGoal goal, Entity change, int language)
    {
        var changes = new List<string>();
        void Compare(string column, string tier, decimal? planned)
        {
            var stored = row.GetAttributeValue<decimal?>(column);
            if (stored != planned)
            {
                change[column] = planned;
                changes.Add(GoalPlanTexts.Tier(language, tier, stored, planned));
            }
        }

        Compare(F.BaseValue, "base", goal.Base);
        Compare(F.TargetValue, "target", goal.Target);
        Compare(F.StretchValue, "stretch", goal.Stretch);
        return changes;
    }

    public static void Settings(Entity row, GoalPlanGoal goal, Entity change, Guid? calendarId, Guid? profileId)
    {
        if (row.GetAttributeValue<string>(F.Name) != goal.Name)
        {
            change[F.Name] = goal.Name;
        }

        if (row.GetAttributeValue<EntityReference>(F.ManagerId)?.Id != goal.ManagerId)
        {
            change[F.ManagerId] = goal.ManagerId is { } manager ? new EntityReference(PlatformTables.SystemUser, manager) : null;
        }

        var axis = SplitAxisOption(goal);
        if (row.GetAttributeValue<OptionSetValue>(F.SplitAxis)?.Value != axis.Value)
        {
            change[F.SplitAxis] = axis;
        }

        if ((row.GetAttributeValue<decimal?>(F.OverAssignmentPct) ?? 0m) != goal.OverAssignmentPct)
        {
            change[F.OverAssignmentPct] = goal.OverAssignmentPct;
        }

        if (calendarId is { } calendar && row.GetAttributeValue<EntityReference>(F.CalendarId)?.Id != calendar)
        {
            change[F.CalendarId] = new EntityReference(SgWorkingDayCalendar.LogicalName, calendar);
        }

        if (profileId is { } profile && row.GetAttributeValue<EntityReference>(F.SeasonalityProfileId)?.Id != profile)
        {
            change[F.SeasonalityProfileId] = new EntityReference(SgSeasonalityProfile.LogicalName, profile);
        }
    }

    public static void SetReferences(Entity row, Guid? calendarId, Guid? profileId)
    {
        if (calendarId is { } calendar)
        {
            row[F.CalendarId] = new EntityReference(SgWorkingDayCalendar.LogicalName, calendar);
        }

        if (profileId is { } profile)
        {
            row[F.SeasonalityProfileId] = new EntityReference(SgSeasonalityProfile.LogicalName, profile);
        }
    }

    /// <summary>Gives an update that links a calendar or profile saved in this apply (Guid.Empty until then) its id.</summary>
    public static void LinkSaved(Entity update, Guid? calendarId, Guid? profileId)
    {
        if (update.GetAttributeValue<EntityReference>(F.CalendarId)?.Id == Guid.Empty && calendarId is { } calendar)
        {
            update[F.CalendarId] = new EntityReference(SgWorkingDayCalendar.LogicalName, calendar);
        }

        if (update.GetAttributeValue<EntityReference>(F.SeasonalityProfileId)?.Id == Guid.Empty && profileId is { } profile)
        {
            update[F.SeasonalityProfileId] = new EntityReference(SgSeasonalityProfile.LogicalName, profile);
        }
    }

    public static OptionSetValue SplitAxisOption(GoalPlanGoal goal) =>
        new(SgGoal.Options.First + (int)(SplitAxis)Enum.Parse(typeof(SplitAxis), goal.SplitAxis!));

    public static DateTime Utc(string date) => DateTime.SpecifyKind(LocalDate.ParseIso(date).ToDateTime(), DateTimeKind.Utc);
}
