using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.GoalEngine.Calendars;
using SalesGoals.Crm.GoalEngine.Progress;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Plugins.Configuration;
using SalesGoals.Crm.Plugins.Schema;
using G = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Progress;

/// <summary>
/// Reads settings, calendars (with their exceptions) and seasonality profiles once per execution:
/// a win touching a leaf and its ancestors pays for each distinct calendar and profile once, and the
/// cost never depends on how many records a goal counts.
/// </summary>
public sealed class GoalCalendarRepository : IGoalCalendars
{
    private static readonly DayOfWeek[] AllDays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    private readonly IOrganizationService _service;
    private readonly EnvironmentSettings? _environment;
    private readonly Dictionary<Guid, WorkingCalendar> _calendars = new();
    private readonly Dictionary<Guid, SeasonalityProfile?> _profiles = new();
    private Entity? _settings;
    private bool _settingsRead;
    private OrgTimeZone? _zone;

    /// <param name="environment">The environment variables sg_AlertThreshold and sg_DefaultCalendar, which apply
    /// when sg_goalsetting sets no threshold or default calendar; null: not consulted.</param>
    public GoalCalendarRepository(IOrganizationService service, EnvironmentSettings? environment = null)
    {
        _service = service;
        _environment = environment;
    }

    // The goal's own threshold, then the one ops set in the app, then the environment's (the reports resolve it alike).
    public ProgressOptions OptionsFor(Entity goal) => PaceSettingsResolver.Options(PaceSettingsResolver.AtRiskThreshold(
        goal.GetAttributeValue<decimal?>(G.AtRiskThreshold),
        Settings?.GetAttributeValue<decimal?>(SgGoalSetting.Fields.AtRiskThreshold),
        () => _environment?.AlertThreshold));

    public DayWeights WeightsFor(Entity goal)
    {
        var calendarId = PaceSettingsResolver.CalendarId(
            goal.GetAttributeValue<EntityReference>(G.CalendarId)?.Id,
            Settings?.GetAttributeValue<EntityReference>(SgGoalSetting.Fields.DefaultCalendarId)?.Id,
            () => _environment?.DefaultCalendarId);
        var calendar = calendarId is { } id ? Calendar(id) : WorkingCalendar.MondayToFriday;
        var profile = goal.GetAttributeValue<EntityReference>(G.SeasonalityProfileId) is { } p ? Profile(p.Id) : null;
        return DayWeights.For(calendar, profile);
    }

    public LocalDate DateOf(DateTimeOffset instant)
    {
        // Stryker disable once Assignment : the zone comes from the settings, read once; building it again gives the same dates and reads nothing.
        _zone ??= new OrgTimeZone(PaceSettingsResolver.TimeZone(Settings?.GetAttributeValue<string>(SgGoalSetting.Fields.TimeZone)));
        return _zone.ToLocalDate(instant);
    }

    private Entity? Settings
    {
        get
        {
            if (!_settingsRead)
            {
                var query = new QueryExpression(SgGoalSetting.LogicalName)
                {
                    ColumnSet = new ColumnSet(SgGoalSetting.Fields.TimeZone, SgGoalSetting.Fields.DefaultCalendarId, SgGoalSetting.Fields.AtRiskThreshold),
                    TopCount = 1,
                };
                query.Criteria.AddCondition(SgGoalSetting.Fields.StateCode, ConditionOperator.Equal, 0);
                _settings = _service.RetrieveMultiple(query).Entities.FirstOrDefault();
                _settingsRead = true;
            }

            return _settings;
        }
    }

    private WorkingCalendar Calendar(Guid id)
    {
        if (_calendars.TryGetValue(id, out var cached))
        {
            return cached;
        }

        var row = _service.Retrieve(SgWorkingDayCalendar.LogicalName, id, new ColumnSet(SgWorkingDayCalendar.Fields.WeekendDays));
        var weekend = row.GetAttributeValue<OptionSetValueCollection>(SgWorkingDayCalendar.Fields.WeekendDays)?.Select(IsoDay).ToList()
            ?? [DayOfWeek.Saturday, DayOfWeek.Sunday];
        var exceptions = new QueryExpression(SgCalendarException.LogicalName)
        {
            ColumnSet = new ColumnSet(SgCalendarException.Fields.Date, SgCalendarException.Fields.IsWorkingDay),
        };
        exceptions.Criteria.AddCondition(SgCalendarException.Fields.CalendarId, ConditionOperator.Equal, id);
        exceptions.Criteria.AddCondition(SgCalendarException.Fields.StateCode, ConditionOperator.Equal, 0);
        var days = _service.RetrieveMultiple(exceptions).Entities
            .Where(e => e.GetAttributeValue<DateTime?>(SgCalendarException.Fields.Date).HasValue)
            .GroupBy(e => LocalDate.FromDateTime(e.GetAttributeValue<DateTime>(SgCalendarException.Fields.Date)))
            .ToDictionary(g => g.Key, g => AnyWorking(g));
        var workingWeekDays = AllDays.Where(d => !weekend.Contains(d));
        var calendar = new WorkingCalendar(
            id.ToString(),
            workingWeekDays,
            days.Where(d => !d.Value).Select(d => d.Key),
            days.Where(d => d.Value).Select(d => d.Key));
        _calendars[id] = calendar;
        return calendar;
    }

    private SeasonalityProfile? Profile(Guid id)
    {
        if (_profiles.TryGetValue(id, out var cached))
        {
            return cached;
        }

        var row = _service.Retrieve(SgSeasonalityProfile.LogicalName, id, new ColumnSet(SgSeasonalityProfile.WeightFields));
        var weights = SgSeasonalityProfile.WeightFields.Select(f => row.GetAttributeValue<decimal?>(f) ?? 0m).ToArray();
        // A profile with no positive weight carries no seasonality: progress falls back to flat weights.
        var anyPositive = weights.Any(w => w > 0m);
        // Stryker disable once Linq : the weight columns accept 0–1000, so All and Any of "not negative" agree on every stored row.
        var noneNegative = weights.All(w => w >= 0m);
        var profile = anyPositive && noneNegative ? new SeasonalityProfile(id.ToString(), weights) : null;
        _profiles[id] = profile;
        return profile;
    }

    // Two rows for one date that disagree: an extra working day wins, so no expected value is ever lost. A row that does
    // not say whether the day is worked is a holiday.
    private static bool AnyWorking(IEnumerable<Entity> rowsOfOneDate)
    {
        // Stryker disable once Linq : the alternate key sg_calendarexception_date (calendar, date-only date) keeps one row per date.
        return rowsOfOneDate.Any(e => e.GetAttributeValue<bool?>(SgCalendarException.Fields.IsWorkingDay) ?? false);
    }

    // sg_weekenddays: 100000001 = Monday … 100000007 = Sunday.
    private static DayOfWeek IsoDay(OptionSetValue value) =>
        (DayOfWeek)((value.Value - SgWorkingDayCalendar.Options.Monday + 1) % 7);
}
