using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Plugins.Schema;

namespace SalesGoals.Crm.Plugins.Planning;

/// <summary>The plan's seasonality profile and working-day calendar (with its exceptions), found and saved by name.</summary>
internal sealed class GoalPlanReferenceData
{
    private readonly IOrganizationService _service;

    public GoalPlanReferenceData(IOrganizationService service) => _service = service;

    /// <summary>Saves the plan's calendar and profile (creating them when <paramref name="calendarId"/> / <paramref name="profileId"/> is null).</summary>
    public void Save(GoalPlanDocument plan, ref Guid? calendarId, ref Guid? profileId)
    {
        calendarId = plan.Calendar == null ? null : SaveCalendar(plan.Calendar, calendarId);
        profileId = plan.Seasonality == null ? null : SaveProfile(plan.Seasonality, profileId);
    }

    public Guid? FindByName(string table, string? name)
    {
        var query = new QueryExpression(table) { ColumnSet = new ColumnSet(false), TopCount = 1 };
        query.Criteria.AddCondition("sg_name", ConditionOperator.Equal, name);
        return _service.RetrieveMultiple(query).Entities.FirstOrDefault()?.Id;
    }

    public bool Same(GoalPlanDocument plan, Guid? calendarId, Guid? profileId)
    {
        if (plan.Seasonality != null)
        {
            if (profileId == null)
            {
                return false;
            }

            var stored = _service.Retrieve(SgSeasonalityProfile.LogicalName, profileId.Value, new ColumnSet(SgSeasonalityProfile.WeightFields));
            if (SgSeasonalityProfile.WeightFields.Where((f, i) => stored.GetAttributeValue<decimal?>(f) != plan.Seasonality.Weights[i]).Any())
            {
                return false;
            }
        }

        if (plan.Calendar != null)
        {
            if (calendarId == null)
            {
                return false;
            }

            var stored = _service.Retrieve(SgWorkingDayCalendar.LogicalName, calendarId.Value, new ColumnSet(SgWorkingDayCalendar.Fields.WeekendDays));
            var weekend = stored.GetAttributeValue<OptionSetValueCollection>(SgWorkingDayCalendar.Fields.WeekendDays)?.Select(o => o.Value).OrderBy(v => v).ToList() ?? new List<int>();
            if (!weekend.SequenceEqual(WeekendOptions(plan.Calendar).Select(o => o.Value).OrderBy(v => v)))
            {
                return false;
            }

            var exceptions = Exceptions(calendarId.Value);
            if (!Wanted(plan.Calendar).OrderBy(p => p.Key, StringComparer.Ordinal).SequenceEqual(exceptions.Select(e => new KeyValuePair<string, bool>(e.Key, Working(e.Value))).OrderBy(p => p.Key, StringComparer.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    public Guid SaveProfile(GoalPlanSeasonality seasonality, Guid? id)
    {
        var row = new Entity(SgSeasonalityProfile.LogicalName) { ["sg_name"] = seasonality.Name };
        for (var i = 0; i < 12; i++)
        {
            row[SgSeasonalityProfile.WeightFields[i]] = seasonality.Weights[i];
        }

        if (id is { } existing)
        {
            row.Id = existing;
            _service.Update(row);
            return existing;
        }

        return _service.Create(row);
    }

    public Guid SaveCalendar(GoalPlanCalendar calendar, Guid? id)
    {
        var row = new Entity(SgWorkingDayCalendar.LogicalName)
        {
            ["sg_name"] = calendar.Name,
            [SgWorkingDayCalendar.Fields.WeekendDays] = WeekendOptions(calendar),
        };
        Guid calendarId;
        if (id is { } existing)
        {
            row.Id = existing;
            _service.Update(row);
            calendarId = existing;
        }
        else
        {
            calendarId = _service.Create(row);
        }

        var stored = Exceptions(calendarId);
        var wanted = Wanted(calendar);
        foreach (var gone in stored.Where(s => !wanted.TryGetValue(s.Key, out var working) || working != Working(s.Value)).ToList())
        {
            _service.Delete(SgCalendarException.LogicalName, gone.Value.Id);
        }

        foreach (var add in wanted.Where(w => !stored.TryGetValue(w.Key, out var s) || Working(s) != w.Value))
        {
            _service.Create(new Entity(SgCalendarException.LogicalName)
            {
                ["sg_name"] = add.Key,
                [SgCalendarException.Fields.CalendarId] = new EntityReference(SgWorkingDayCalendar.LogicalName, calendarId),
                [SgCalendarException.Fields.Date] = GoalPlanRows.Utc(add.Key),
                [SgCalendarException.Fields.IsWorkingDay] = add.Value,
            });
        }

        return calendarId;
    }

    private static bool Working(Entity exception) => exception.GetAttributeValue<bool?>(SgCalendarException.Fields.IsWorkingDay) ?? false;

    private static OptionSetValueCollection WeekendOptions(GoalPlanCalendar calendar) =>
        new(calendar.Weekend.Distinct().Select(d => new OptionSetValue(SgWorkingDayCalendar.Options.Monday + d - 1)).ToList());

    private static Dictionary<string, bool> Wanted(GoalPlanCalendar calendar)
    {
        var wanted = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var holiday in calendar.Holidays)
        {
            wanted[holiday] = false;
        }

        foreach (var working in calendar.WorkingDays)
        {
            wanted[working] = true;
        }

        return wanted;
    }

    private Dictionary<string, Entity> Exceptions(Guid calendarId)
    {
        var query = new QueryExpression(SgCalendarException.LogicalName)
        {
            ColumnSet = new ColumnSet(SgCalendarException.Fields.Date, SgCalendarException.Fields.IsWorkingDay),
        };
        query.Criteria.AddCondition(SgCalendarException.Fields.CalendarId, ConditionOperator.Equal, calendarId);
        var result = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var row in _service.RetrieveMultiple(query).Entities)
        {
            var date = row.GetAttributeValue<DateTime?>(SgCalendarException.Fields.Date);
            if (date != null)
            {
                result[LocalDate.FromDateTime(date.Value).ToString()] = row;
            }
        }

        return result;
    }
}
