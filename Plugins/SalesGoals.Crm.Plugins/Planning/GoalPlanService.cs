using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Rules;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Plugins.Goals;
using SalesGoals.Crm.Plugins.Schema;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Planning;

/// <summary>
/// Applies a decomposed goal plan. The first call reads every goal of the plan by scope key, checks the whole tree at
/// once (a locked goal whose tiers would change, a goal of the same scope under another parent, removed goals that are
/// locked or counted, and every engine rule: <see cref="GoalPlanValidator"/>) and refuses the plan before any write.
/// A plan whose writes fit one slice (<see cref="GoalPlanBudget.GoalsPerSlice"/>) is then written in that same
/// transaction: nothing half-written. A larger one is applied in slices, each its own execution and transaction, driven
/// by the caller with the returned continuation: goals are written parents first as Draft (CreateMultiple /
/// UpdateMultiple), then activated leaves first, so the plan's root becomes Active last — the mark that the whole plan is
/// applied. A slice that fails leaves the earlier slices in place; applying the same plan again resumes (every goal is
/// found by its scope key, drafts are activated, nothing written twice). The goal steps stand aside inside the apply
/// (<see cref="GoalPlanGate"/>) and the caller recalculates the root once (<see cref="GoalPlanResult.RecalculateGoalId"/>).
/// </summary>
public sealed class GoalPlanService
{
    private static readonly string[] GoalColumns =
    [
        F.Id, F.Name, F.ParentGoalId, F.BaseValue, F.TargetValue, F.StretchValue, F.GoalStatus, F.IsLocked, F.PeriodType,
        F.ManagerId, F.SplitAxis, F.OverAssignmentPct, F.CalendarId, F.SeasonalityProfileId, F.ScopeKey,
    ];

    private readonly IOrganizationService _service;
    private readonly int _language;
    private readonly Func<ActingUser> _actor;
    private readonly Action _openGate;

    /// <param name="service">The caller's service: goals are written as the caller.</param>
    /// <param name="language">The caller's UI language.</param>
    /// <param name="actor">The caller as the rules see them (read only when the whole plan is checked).</param>
    /// <param name="openGate">Tells the nested goal steps the plan was checked (<see cref="GoalPlanGate.Open"/>).</param>
    public GoalPlanService(IOrganizationService service, int language, Func<ActingUser> actor, Action openGate)
    {
        _service = service ?? throw new ArgumentNullException(nameof(service));
        _language = language;
        _actor = actor ?? throw new ArgumentNullException(nameof(actor));
        _openGate = openGate ?? throw new ArgumentNullException(nameof(openGate));
    }

    /// <param name="document">The plan.</param>
    /// <param name="fingerprint">Of the plan's text (<see cref="GoalPlanContinuation.FingerprintOf"/>).</param>
    /// <param name="continuation">Empty: check the whole plan and start; else the previous call's.</param>
    public GoalPlanResult Apply(GoalPlanDocument document, string fingerprint, string? continuation = null)
    {
        var plan = document ?? throw new ArgumentNullException(nameof(document));
        CheckShape(plan);
        var keys = plan.Goals.Select(g => GoalPlanRows.ScopeKey(plan, g)).ToArray();
        if (string.IsNullOrEmpty(continuation))
        {
            return Start(plan, keys, fingerprint);
        }

        var state = GoalPlanContinuation.Parse(continuation!, fingerprint, plan.Goals.Count)
            ?? throw new InvalidPluginExecutionException(GoalPlanTexts.BadContinuation(_language));
        _openGate();
        return state.Phase == GoalPlanContinuation.Writing ? WriteSlice(plan, keys, state) : ActivateSlice(plan, keys, state);
    }

    private GoalPlanResult Start(GoalPlanDocument plan, string[] keys, string fingerprint)
    {
        var existing = Existing(keys.Distinct(StringComparer.Ordinal));
        var reference = new GoalPlanReferenceData(_service);
        var calendarId = plan.Calendar == null ? (Guid?)null : reference.FindByName(SgWorkingDayCalendar.LogicalName, plan.Calendar.Name);
        var profileId = plan.Seasonality == null ? (Guid?)null : reference.FindByName(SgSeasonalityProfile.LogicalName, plan.Seasonality.Name);
        var problems = new List<string>();
        var decisions = Decide(plan, keys, 0, plan.Goals.Count, existing, Pending(plan.Calendar, calendarId), Pending(plan.Seasonality, profileId), problems);
        var planned = decisions.Select((d, i) => new PlannedGoal(d.Id, keys[i])
        {
            Written = d.Write != null && d.Problem == null,
            TiersSet = d.TiersSet,
            Activating = plan.Activate && d.Draft && d.Problem == null,
            Active = plan.Activate || !d.Draft,
        }).ToList();

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

        if (planned.Any(p => p.Written || p.Activating))
        {
            problems.AddRange(new GoalPlanValidator().Check(plan, planned, _actor(), _language));
        }

        var removed = removals.Select(r => r.Key).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidPluginExecutionException(GoalPlanTexts.Refused(_language, problems.Count) + Environment.NewLine + string.Join(Environment.NewLine, problems.Take(50)));
        }

        var work = planned.Count(p => p.Written || p.Activating);
        var unchanged = decisions.Count(d => d.Write == null);
        if (work == 0 && (!plan.RemoveMissing || removed.Count == 0) && reference.Same(plan, calendarId, profileId))
        {
            return new GoalPlanResult(0, 0, unchanged, 0, removed);
        }

        _openGate();
        reference.Save(plan, ref calendarId, ref profileId);
        if (plan.RemoveMissing && removed.Count > 0)
        {
            // Children before parents; Inactive (statecode 1, statuscode 2) keeps the row and its history.
            Write(removals.AsEnumerable().Reverse().Select(r => new Entity(SgGoal.LogicalName, r.Key.Id) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(2) }).ToList(), create: false);
            removed.ForEach(r => r.Deactivated = true);
        }

        var state = new GoalPlanContinuation(fingerprint, GoalPlanContinuation.Writing, 0);
        if (work > GoalPlanBudget.GoalsPerSlice)
        {
            // Too much for one execution: the caller goes on slice by slice with the same plan.
            return new GoalPlanResult(0, 0, 0, 0, removed) { Continuation = state.ToString() };
        }

        Flush(plan, decisions, calendarId, profileId, state);
        var activated = Activate(plan, Enumerable.Range(0, plan.Goals.Count).Reverse().Where(i => decisions[i].Draft)
            .Select(i => new KeyValuePair<int, Guid>(i, decisions[i].Id)));
        return new GoalPlanResult(state.Created, state.Updated, state.Unchanged, activated, removed)
        {
            RecalculateGoalId = activated > 0 ? decisions[0].Id : null,
        };
    }

    /// <summary>Writing phase: goals [next, next + slice) in plan order, parents first.</summary>
    private GoalPlanResult WriteSlice(GoalPlanDocument plan, string[] keys, GoalPlanContinuation state)
    {
        var end = Math.Min(plan.Goals.Count, state.Next + GoalPlanBudget.GoalsPerSlice);
        var index = KeyIndex(plan);
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        for (var i = state.Next; i < end; i++)
        {
            wanted.Add(keys[i]);
            if (plan.Goals[i].ParentKey is { } parent)
            {
                wanted.Add(keys[index[parent]]);
            }
        }

        var rows = Existing(wanted);
        var reference = new GoalPlanReferenceData(_service);
        var calendarId = plan.Calendar == null ? (Guid?)null : reference.FindByName(SgWorkingDayCalendar.LogicalName, plan.Calendar.Name);
        var profileId = plan.Seasonality == null ? (Guid?)null : reference.FindByName(SgSeasonalityProfile.LogicalName, plan.Seasonality.Name);
        var problems = new List<string>();
        var decisions = Decide(plan, keys, state.Next, end, rows, Pending(plan.Calendar, calendarId), Pending(plan.Seasonality, profileId), problems);
        if (problems.Count > 0)
        {
            throw new InvalidPluginExecutionException(GoalPlanTexts.Refused(_language, problems.Count) + Environment.NewLine + string.Join(Environment.NewLine, problems.Take(50)));
        }

        Flush(plan, decisions, calendarId, profileId, state);
        var next = end < plan.Goals.Count ? state.Then(GoalPlanContinuation.Writing, end)
            : plan.Activate ? state.Then(GoalPlanContinuation.Activating, 0) : null;
        return next == null
            ? new GoalPlanResult(state.Created, state.Updated, state.Unchanged, state.Activated)
            : new GoalPlanResult(state.Created, state.Updated, state.Unchanged, state.Activated) { Continuation = next.ToString() };
    }

    /// <summary>Activating phase: positions [next, next + slice) in reverse plan order, so children before parents and the root last.</summary>
    private GoalPlanResult ActivateSlice(GoalPlanDocument plan, string[] keys, GoalPlanContinuation state)
    {
        var count = plan.Goals.Count;
        var end = Math.Min(count, state.Next + GoalPlanBudget.GoalsPerSlice);
        var positions = Enumerable.Range(state.Next, end - state.Next).Select(p => count - 1 - p).ToList();
        var rows = Existing(positions.Select(i => keys[i]));
        var missing = positions.Where(i => !rows.ContainsKey(keys[i])).Select(i => plan.Goals[i].Key!).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidPluginExecutionException(GoalPlanTexts.Refused(_language, missing.Count) + Environment.NewLine
                + string.Join(Environment.NewLine, missing.Take(50).Select(k => GoalPlanTexts.Missing(_language, k))));
        }

        state.Activated += Activate(plan, positions.Where(i => IsDraft(rows[keys[i]])).Select(i => new KeyValuePair<int, Guid>(i, rows[keys[i]].Id)));
        if (end < count)
        {
            return new GoalPlanResult(state.Created, state.Updated, state.Unchanged, state.Activated) { Continuation = state.Then(GoalPlanContinuation.Activating, end).ToString() };
        }

        return new GoalPlanResult(state.Created, state.Updated, state.Unchanged, state.Activated)
        {
            RecalculateGoalId = state.Activated > 0 ? rows[keys[0]].Id : null,
        };
    }

    /// <summary>What to do with goals [from, to): create (a new id), update (the changed columns), or nothing.</summary>
    private List<GoalDecision> Decide(
        GoalPlanDocument plan, string[] keys, int from, int to, Dictionary<string, Entity> rows, Guid? calendarId, Guid? profileId, List<string> problems)
    {
        var index = KeyIndex(plan);
        var childTargets = ChildTargets(plan, index);
        var ids = new Dictionary<string, Guid>(StringComparer.Ordinal); // plan key → id, for goals decided here
        var decisions = new List<GoalDecision>(to - from);
        for (var i = from; i < to; i++)
        {
            var goal = plan.Goals[i];
            Guid? parentId = null;
            if (goal.ParentKey is { } parentKey)
            {
                parentId = ids.TryGetValue(parentKey, out var id) ? id
                    : rows.TryGetValue(keys[index[parentKey]], out var parentRow) ? parentRow.Id
                    : throw new InvalidPluginExecutionException(GoalPlanTexts.Refused(_language, 1) + Environment.NewLine + GoalPlanTexts.Missing(_language, parentKey));
            }

            var unallocated = childTargets.TryGetValue(i, out var allocated) ? goal.Target - allocated : (decimal?)null;
            if (!rows.TryGetValue(keys[i], out var row))
            {
                var newId = Guid.NewGuid();
                ids[goal.Key!] = newId;
                decisions.Add(new GoalDecision(newId, GoalPlanRows.New(plan, goal, newId, parentId, unallocated), draft: true) { TiersSet = true });
                continue;
            }

            // Stryker disable once Statement : a stored goal's children find it among the rows read (its scope key is read with theirs), so the id is the same.
            ids[goal.Key!] = row.Id;
            var decision = new GoalDecision(row.Id, null, IsDraft(row));
            decisions.Add(decision);
            if (row.GetAttributeValue<EntityReference>(F.ParentGoalId)?.Id != parentId)
            {
                decision.Problem = GoalPlanTexts.OtherParent(_language, goal.Key!, row.GetAttributeValue<string>(F.Name));
                problems.Add(decision.Problem);
                continue;
            }

            var change = new Entity(SgGoal.LogicalName, row.Id);
            var tierChanges = GoalPlanRows.Tiers(row, goal, change, _language);
            if (tierChanges.Count > 0 && IsLocked(row))
            {
                decision.Problem = GoalPlanTexts.Locked(_language, goal.Key!, string.Join(", ", tierChanges));
                problems.Add(decision.Problem);
                continue;
            }

            GoalPlanRows.Settings(row, goal, change, calendarId, profileId);
            if (change.Attributes.Count > 0)
            {
                if (tierChanges.Count > 0)
                {
                    change[F.Unallocated] = unallocated;
                }

                decision.Write = change;
                decision.TiersSet = tierChanges.Count > 0;
            }
        }

        return decisions;
    }

    private void Flush(GoalPlanDocument plan, List<GoalDecision> decisions, Guid? calendarId, Guid? profileId, GoalPlanContinuation counts)
    {
        // Stryker disable once Logical,Equality : a decision with a problem refused the apply before Flush, and it has no Write.
        var creates = decisions.Where(d => d.Problem == null && d.Write != null && d.Write.Contains(F.Id)).Select(d => d.Write!).ToList();
        // Stryker disable once Logical,Equality : a decision with a problem refused the apply before Flush, and it has no Write.
        var updates = decisions.Where(d => d.Problem == null && d.Write != null && !d.Write.Contains(F.Id)).Select(d => d.Write!).ToList();
        foreach (var create in creates)
        {
            GoalPlanRows.SetReferences(create, calendarId, profileId);
        }

        foreach (var update in updates)
        {
            GoalPlanRows.LinkSaved(update, calendarId, profileId);
        }

        Write(creates, create: true);
        Write(updates, create: false);
        counts.Created += creates.Count;
        counts.Updated += updates.Count;
        counts.Unchanged += decisions.Count(d => d.Write == null);
    }

    // A calendar or profile the plan names but that is not saved yet stands as Guid.Empty, so existing goals are still
    // marked for linking; Flush puts in the saved id.
    private static Guid? Pending(object? planned, Guid? saved) => planned == null ? null : saved ?? Guid.Empty;

    /// <summary>Activates the drafts given (plan index → id, children before parents), locking long-term levels.</summary>
    private int Activate(GoalPlanDocument plan, IEnumerable<KeyValuePair<int, Guid>> drafts)
    {
        if (!plan.Activate)
        {
            return 0;
        }

        var activations = new List<Entity>();
        foreach (var draft in drafts)
        {
            var goal = plan.Goals[draft.Key];
            var activation = new Entity(SgGoal.LogicalName, draft.Value) { [F.GoalStatus] = new OptionSetValue(SgGoal.Options.StatusActive) };
            var periodType = (PeriodType)Enum.Parse(typeof(PeriodType), goal.PeriodType!);
            if (LockPolicy.Default.IsLocked(new GoalSnapshot { IsLocked = goal.Locked, PeriodType = periodType, State = GoalState.Active }))
            {
                activation[F.IsLocked] = true;
            }

            activations.Add(activation);
        }

        Write(activations, create: false);
        return activations.Count;
    }

    /// <summary>One request a row when there is one, else CreateMultiple / UpdateMultiple of up to 500 rows.</summary>
    private void Write(List<Entity> rows, bool create)
    {
        for (var start = 0; start < rows.Count; start += GoalPlanBudget.RowsPerRequest)
        {
            var chunk = rows.GetRange(start, Math.Min(GoalPlanBudget.RowsPerRequest, rows.Count - start));
            if (chunk.Count == 1)
            {
                if (create)
                {
                    _service.Create(chunk[0]);
                }
                else
                {
                    _service.Update(chunk[0]);
                }

                continue;
            }

            var targets = new EntityCollection(chunk) { EntityName = SgGoal.LogicalName };
            _service.Execute(create ? new CreateMultipleRequest { Targets = targets } : new UpdateMultipleRequest { Targets = targets });
        }
    }

    private static bool IsDraft(Entity row) => row.GetAttributeValue<OptionSetValue>(F.GoalStatus)?.Value == SgGoal.Options.StatusDraft;

    private static Dictionary<string, int> KeyIndex(GoalPlanDocument plan)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < plan.Goals.Count; i++)
        {
            index[plan.Goals[i].Key!] = i;
        }

        return index;
    }

    /// <summary>Per goal with children in the plan: the sum of their targets (its unallocated part is the rest).</summary>
    private static Dictionary<int, decimal> ChildTargets(GoalPlanDocument plan, Dictionary<string, int> index)
    {
        var sums = new Dictionary<int, decimal>();
        foreach (var goal in plan.Goals.Where(g => g.ParentKey != null))
        {
            var parent = index[goal.ParentKey!];
            sums[parent] = (sums.TryGetValue(parent, out var sum) ? sum : 0m) + goal.Target;
        }

        return sums;
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

    private Dictionary<string, Entity> Existing(IEnumerable<string> scopeKeys)
    {
        var all = scopeKeys.ToList();
        var found = new Dictionary<string, Entity>(StringComparer.Ordinal);
        for (var i = 0; i < all.Count; i += GoalPlanBudget.KeysPerQuery)
        {
            var query = new QueryExpression(SgGoal.LogicalName) { ColumnSet = new ColumnSet(GoalColumns) };
            query.Criteria.AddCondition(F.ScopeKey, ConditionOperator.In, all.Skip(i).Take(GoalPlanBudget.KeysPerQuery).Cast<object>().ToArray());
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
}
