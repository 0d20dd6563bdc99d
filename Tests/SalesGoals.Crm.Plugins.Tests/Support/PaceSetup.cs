using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Progress;
using SalesGoals.Crm.Plugins.Schema;

namespace SalesGoals.Crm.Plugins.Tests.Support;

/// <summary>Seeds organization settings, working-day calendars and seasonality profiles, and calls sg_EvaluatePace.</summary>
public static class PaceSetup
{
    /// <summary>E5's monthly weights (January first).</summary>
    public static readonly decimal[] E5Weights = [0.6m, 0.5m, 1.2m, 1.3m, 1.3m, 1.0m, 0.9m, 0.9m, 1.1m, 1.1m, 1.0m, 1.1m];

    public static Guid Settings(this GoalWorld world, string timeZone, Guid? defaultCalendar = null, decimal? atRiskThreshold = null) =>
        world.Env.Seed.Row(new Entity(SgGoalSetting.LogicalName)
        {
            ["sg_name"] = "Goal settings",
            [SgGoalSetting.Fields.TimeZone] = timeZone,
            [SgGoalSetting.Fields.DefaultCalendarId] = defaultCalendar is { } c ? new EntityReference(SgWorkingDayCalendar.LogicalName, c) : null,
            [SgGoalSetting.Fields.AtRiskThreshold] = atRiskThreshold,
        });

    /// <summary>A Saturday–Sunday weekend calendar with holidays and extra working days.</summary>
    public static Guid Calendar(this GoalWorld world, DateTime[] holidays, DateTime[] extraWorkingDays)
    {
        var calendar = world.Env.Seed.Row(new Entity(SgWorkingDayCalendar.LogicalName)
        {
            ["sg_name"] = "China 2026",
            [SgWorkingDayCalendar.Fields.WeekendDays] = new OptionSetValueCollection([new OptionSetValue(100000006), new OptionSetValue(SgWorkingDayCalendar.Options.Sunday)]),
        });
        foreach (var (day, working) in holidays.Select(d => (d, false)).Concat(extraWorkingDays.Select(d => (d, true))))
        {
            world.Env.Seed.Row(new Entity(SgCalendarException.LogicalName)
            {
                ["sg_name"] = working ? "Make-up working day" : "Holiday",
                [SgCalendarException.Fields.CalendarId] = new EntityReference(SgWorkingDayCalendar.LogicalName, calendar),
                [SgCalendarException.Fields.Date] = day,
                [SgCalendarException.Fields.IsWorkingDay] = working,
            });
        }

        return calendar;
    }

    public static Guid Seasonality(this GoalWorld world, decimal[] monthlyWeights)
    {
        var row = new Entity(SgSeasonalityProfile.LogicalName) { ["sg_name"] = "Building materials" };
        for (var month = 0; month < 12; month++)
        {
            row[SgSeasonalityProfile.WeightFields[month]] = monthlyWeights[month];
        }

        return world.Env.Seed.Row(row);
    }

    /// <summary>Calls sg_EvaluatePace as <paramref name="asUser"/> (the manager by default).</summary>
    public static OrganizationResponse EvaluatePace(this GoalWorld world, DateTime? asOf = null, Guid? startAfter = null, object? pageSize = null, Guid? asUser = null)
    {
        var request = new OrganizationRequest(Plugins.Progress.EvaluatePace.MessageName);
        if (asOf.HasValue)
        {
            request[Plugins.Progress.EvaluatePace.AsOfParameter] = asOf.Value;
        }

        if (startAfter.HasValue)
        {
            request[Plugins.Progress.EvaluatePace.StartAfterParameter] = startAfter.Value;
        }

        if (pageSize is not null)
        {
            request[Plugins.Progress.EvaluatePace.PageSizeParameter] = pageSize;
        }

        return world.Env.GetOrganizationService(asUser ?? world.Manager).Execute(request);
    }
}
