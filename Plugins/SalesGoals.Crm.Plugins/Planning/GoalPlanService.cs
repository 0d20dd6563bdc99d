using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Rules;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Plugins.Goals;
using SalesGoals.Crm.Plugins.Schema;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Planning;

/// <summary>
/// Applies a decomposed goal plan in the Custom API's transaction: finds each goal by its scope key, creates the missing
/// ones (Draft, parents first, so the goal plug-ins check each), updates the ones whose tiers or settings changed, leaves
/// the rest alone, then activates leaves before parents (allocation checked). Any goal that cannot be applied — a locked
/// goal whose tiers would change, a goal of the same scope under another parent — refuses the whole plan before the
/// first write; a rule broken during the writes ends the transaction, so nothing is half-written. Goals below the plan's
/// goals that the plan no longer names are reported (<see cref="GoalPlanResult.Removed"/>) and kept, or with
/// removeMissing deactivated — refused while one of them is locked or has ledger rows.
/// </summary>
public sealed class GoalPlanService
{
    private const int KeysPerQuery = 200;
    private static readonly string[] GoalColumns =
    [
        F.Id, F.Name, F.ParentGoalId, F.BaseValue, F.TargetValue, F.StretchValue, F.GoalStatus, F.IsLocked, F.PeriodType,
        F.ManagerId, F.SplitAxis, F.OverAssignmentPct, F.CalendarId, F.SeasonalityProfileId, F.ScopeKey,
    ];

    private readonly IOrganizationService _service;
    private readonly int _language;

    public GoalPlanService(IOrganizationService service, int language)
    {
        _service = service ?? throw new ArgumentNullException(nameof(service));
        _language = language;
    }

    public GoalPlanResult Apply(GoalPlanDocument document)
    {
        var plan = document ?? throw new ArgumentNullException(nameof(document));
        CheckShape(plan);
        var keys = plan.Goals.ToDictionary(g => g.Key!, g => ScopeKey(plan, g), StringComparer.Ordinal);
        var existing = Existing(keys.Values.Distinct().ToList());
        var ids = new Dictionary<string, Guid>(StringComparer.Ordinal);
        var creates = new List<Entity>();
        var updates = new List<Entity>();
        var toActivate = new List<KeyValuePair<Guid, bool>>(); // goal id → locked once active
        var problems = new List<string>();
        var unchanged = 0;
        var calendarId = plan.Calendar == null ? (Guid?)null : FindByName(SgWorkingDayCalendar.LogicalName, plan.Calendar.Name);
        var profileId = plan.Seasonality == null ? (Guid?)null : FindByName(SgSeasonalityProfile.LogicalName, plan.Seasonality.Name);

        foreach (var goal in plan.Goals)
        {
            var parentId = goal.ParentKey == null ? (Guid?)null : ids[goal.ParentKey];
            if (!existing.TryGetValue(keys[goal.Key!], out var row))
            {
                var id = Guid.NewGuid();
                ids[goal.Key!] = id;
                creates.Add(NewGoal(plan, goal, id, parentId));
                if (plan.Activate)
                {
                    toActivate.Add(new KeyValuePair<Guid, bool>(id, goal.Locked));
                }

                continue;
            }

            ids[goal.Key!] = row.Id;
            if (row.GetAttributeValue<EntityReference>(F.ParentGoalId)?.Id != parentId)
            {
                problems.Add(GoalPlanTexts.OtherParent(_language, goal.Key!, row.GetAttributeValue<string>(F.Name)));
                continue;
            }

            var change = new Entity(SgGoal.LogicalName, row.Id);
            var tierChanges = Tiers(row, goal, change);
            if (tierChanges.Count > 0 && IsLocked(row))
            {
                problems.Add(GoalPlanTexts.Locked(_language, goal.Key!, string.Join(", ", tierChanges)));
                continue;
            }

            Settings(row, goal, change, plan.Calendar == null ? null : calendarId ?? Guid.Empty, plan.Seasonality == null ? null : profileId ?? Guid.Empty);
            if (change.Attributes.Count > 0)
            {
                updates.Add(change);
            }
            else
            {
                unchanged++;
            }

            if (plan.Activate && row.GetAttributeValue<OptionSetValue>(F.GoalStatus)?.Value == SgGoal.Options.StatusDraft)
            {
                toActivate.Add(new KeyValuePair<Guid, bool>(row.Id, goal.Locked));
            }
        }

        var removals = existing.Count == 0 ? new List<KeyValuePair<GoalPlanRemoval, Entity>>() : new GoalPlanRemovals(_service).Find(existing.Values);
        if (plan.RemoveMissing)
        {
            foreach (var removal in removals.Select(r => r.Key))
            {
                if (removal.Locked)
                {
                    problems.Add(GoalPlanTexts.RemovedLocked(_language, removal.Path!));
                }
                else if (removal.LedgerRows > 0)
                {
                    problems.Add(GoalPlanTexts.RemovedWithLedger(_language, removal.Path!, removal.LedgerRows));
                }
            }
        }

        var removed = removals.Select(r => r.Key).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidPluginExecutionException(GoalPlanTexts.Refused(_language, problems.Count) + Environment.NewLine + string.Join(Environment.NewLine, problems.Take(50)));
        }

        if (creates.Count == 0 && updates.Count == 0 && toActivate.Count == 0 && (!plan.RemoveMissing || removed.Count == 0)
            && SameReferenceData(plan, calendarId, profileId))
        {
            return new GoalPlanResult(0, 0, unchanged, 0, removed);
        }

        calendarId = plan.Calendar == null ? null : SaveCalendar(plan.Calendar, calendarId);
        profileId = plan.Seasonality == null ? null : SaveProfile(plan.Seasonality, profileId);
        foreach (var create in creates)
        {
            SetReferences(create, calendarId, profileId);
            _service.Create(create);
        }

        foreach (var update in updates)
        {
            LinkSaved(update, calendarId, profileId);
            _service.Update(update);
        }

        // Leaves first: a parent is activated once its children exist, so its allocation is checked against them.
        for (var i = toActivate.Count - 1; i >= 0; i--)
        {
            var activation = new Entity(SgGoal.LogicalName, toActivate[i].Key) { [F.GoalStatus] = new OptionSetValue(SgGoal.Options.StatusActive) };
            if (toActivate[i].Value)
            {
                activation[F.IsLocked] = true;
            }

            _service.Update(activation);
        }

        if (plan.RemoveMissing)
        {
            // Children before parents; Inactive (statecode 1, statuscode 2) keeps the row and its history.
            for (var i = removals.Count - 1; i >= 0; i--)
            {
                _service.Update(new Entity(SgGoal.LogicalName, removals[i].Key.Id) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(2) });
                removals[i].Key.Deactivated = true;
            }
        }

        return new GoalPlanResult(creates.Count, updates.Count, unchanged, toActivate.Count, removed);
    }

    private void CheckShape(GoalPlanDocument plan)
    {
        string? problem = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (plan.Goals.Count == 0 || string.IsNullOrEmpty(plan.MetricCode) || plan.MetricId == Guid.Empty || plan.CurrencyId == Guid.Empty)
        {
            problem = "goals, metricId, metricCode and currencyId are required";
        }

        foreach (var goal in plan.Goals)
        {
            if (problem != null)
            {
                break;
            }

            if (string.IsNullOrEmpty(goal.Key) || !seen.Add(goal.Key!))
            {
                problem = $"goal key '{goal.Key}' is missing or repeated";
            }
            else if (goal.ParentKey != null && !seen.Contains(goal.ParentKey))
            {
                problem = $"'{goal.Key}' comes before its parent '{goal.ParentKey}'";
            }
            else if ((goal.UserId == null) == (goal.TeamId == null) || !Enum.TryParse<PeriodType>(goal.PeriodType, out _)
                || !Enum.TryParse<SplitAxis>(goal.SplitAxis, out _) || !IsDate(goal.Start) || !IsDate(goal.End))
            {
                problem = $"'{goal.Key}' needs one assignee (userId or teamId), a periodType, a splitAxis and start/end dates";
            }
        }

        if (plan.Seasonality != null && plan.Seasonality.Weights.Count != 12)
        {
            problem = "a seasonality profile has 12 weights";
        }

        if (problem != null)
        {
            throw new InvalidPluginExecutionException(GoalPlanTexts.BadDocument(_language, problem));
        }
    }

    private static bool IsDate(string? text) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static string ScopeKey(GoalPlanDocument plan, GoalPlanGoal goal) => GoalMapper.ScopeKey(new GoalSnapshot
    {
        MetricCode = plan.MetricCode,
        Assignee = goal.UserId is { } user ? Assignee.User(user) : Assignee.Team(goal.TeamId!.Value),
        PeriodStart = LocalDate.ParseIso(goal.Start!),
        PeriodEnd = LocalDate.ParseIso(goal.End!),
        Dimensions = new GoalDimensions(Text(goal.ProductLine), Text(goal.Region), Text(goal.Segment)),
    });

    private static string? Text(int? option) => option?.ToString(CultureInfo.InvariantCulture);

    private Dictionary<string, Entity> Existing(IReadOnlyList<string> scopeKeys)
    {
        var found = new Dictionary<string, Entity>(StringComparer.Ordinal);
        for (var i = 0; i < scopeKeys.Count; i += KeysPerQuery)
        {
            var query = new QueryExpression(SgGoal.LogicalName) { ColumnSet = new ColumnSet(GoalColumns) };
            query.Criteria.AddCondition(F.ScopeKey, ConditionOperator.In, scopeKeys.Skip(i).Take(KeysPerQuery).Cast<object>().ToArray());
            foreach (var row in _service.RetrieveMultiple(query).Entities)
            {
                found[row.GetAttributeValue<string>(F.ScopeKey)] = row;
            }
        }

        return found;
    }

    internal static bool IsLocked(Entity row) =>
        LockPolicy.Default.IsLocked(new GoalSnapshot
        {
            IsLocked = row.GetAttributeValue<bool?>(F.IsLocked) ?? false,
            PeriodType = GoalMapper.PeriodTypeOf(row.GetAttributeValue<OptionSetValue>(F.PeriodType)),
            State = row.GetAttributeValue<OptionSetValue>(F.GoalStatus)?.Value == SgGoal.Options.StatusDraft ? GoalState.Draft : GoalState.Active,
        });

    private List<string> Tiers(Entity row, GoalPlanGoal goal, Entity change)
    {
        var changes = new List<string>();
        void Compare(string column, string tier, decimal? planned)
        {
            var stored = row.GetAttributeValue<decimal?>(column);
            if (stored != planned)
            {
                change[column] = planned;
                changes.Add(GoalPlanTexts.Tier(_language, tier, stored, planned));
            }
        }

        Compare(F.BaseValue, "base", goal.Base);
        Compare(F.TargetValue, "target", goal.Target);
        Compare(F.StretchValue, "stretch", goal.Stretch);
        return changes;
    }

    private static void Settings(Entity row, GoalPlanGoal goal, Entity change, Guid? calendarId, Guid? profileId)
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

        // Guid.Empty: the plan's calendar or profile does not exist yet; the goal is linked once it is saved (LinkSaved).
        if (calendarId is { } calendar && row.GetAttributeValue<EntityReference>(F.CalendarId)?.Id != calendar)
        {
            change[F.CalendarId] = new EntityReference(SgWorkingDayCalendar.LogicalName, calendar);
        }

        if (profileId is { } profile && row.GetAttributeValue<EntityReference>(F.SeasonalityProfileId)?.Id != profile)
        {
            change[F.SeasonalityProfileId] = new EntityReference(SgSeasonalityProfile.LogicalName, profile);
        }
    }

    // An update that links a calendar or profile saved in this apply gets its id.
    private static void LinkSaved(Entity update, Guid? calendarId, Guid? profileId)
    {
        if (update.GetAttributeValue<EntityReference>(F.CalendarId)?.Id == Guid.Empty)
        {
            update[F.CalendarId] = new EntityReference(SgWorkingDayCalendar.LogicalName, calendarId!.Value);
        }

        if (update.GetAttributeValue<EntityReference>(F.SeasonalityProfileId)?.Id == Guid.Empty)
        {
            update[F.SeasonalityProfileId] = new EntityReference(SgSeasonalityProfile.LogicalName, profileId!.Value);
        }
    }

    private static OptionSetValue SplitAxisOption(GoalPlanGoal goal) =>
        new(SgGoal.Options.First + (int)(SplitAxis)Enum.Parse(typeof(SplitAxis), goal.SplitAxis!));

    private static Entity NewGoal(GoalPlanDocument plan, GoalPlanGoal goal, Guid id, Guid? parentId)
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
        };
        if (goal.UserId is { } user)
        {
            row[F.AssigneeUserId] = new EntityReference(PlatformTables.SystemUser, user);
        }
        else
        {
            row[F.AssigneeTeamId] = new EntityReference(PlatformTables.Team, goal.TeamId!.Value);
        }

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

    private static void SetReferences(Entity row, Guid? calendarId, Guid? profileId)
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

    private static DateTime Utc(string date) => DateTime.SpecifyKind(LocalDate.ParseIso(date).ToDateTime(), DateTimeKind.Utc);

    private Guid? FindByName(string table, string? name)
    {
        var query = new QueryExpression(table) { ColumnSet = new ColumnSet(false), TopCount = 1 };
        query.Criteria.AddCondition("sg_name", ConditionOperator.Equal, name);
        return _service.RetrieveMultiple(query).Entities.FirstOrDefault()?.Id;
    }

    private bool SameReferenceData(GoalPlanDocument plan, Guid? calendarId, Guid? profileId)
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

    private Guid SaveProfile(GoalPlanSeasonality seasonality, Guid? id)
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

    private Guid SaveCalendar(GoalPlanCalendar calendar, Guid? id)
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
                [SgCalendarException.Fields.Date] = Utc(add.Key),
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
