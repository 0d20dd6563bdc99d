using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.GoalEngine.Progress;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Plugins.Schema;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Progress;

/// <summary>
/// Pages through active goals in id order (keyset paging: each call is bounded, so a Custom API call
/// stays well inside the platform's two-minute limit however many goals exist) and recomputes each
/// goal's expected-to-date, pace, status and tier with its actual unchanged; alerts follow the
/// status as they do on a win. A goal whose period ended before the sweep's day is evaluated one last time and
/// closed in the same write: its actual, attainment and tier are final (closed goals take no more contributions, and
/// the sweep no longer evaluates them), and its open at-risk alert closes as "period ended".
/// </summary>
public sealed class PaceSweepService : IPaceSweepService
{
    private readonly IOrganizationService _service;
    private readonly GoalProgressWriter _progress;
    private readonly IGoalCalendars _calendars;
    private readonly IClock _clock;

    public PaceSweepService(IOrganizationService service, GoalProgressWriter progress, IGoalCalendars calendars, IClock clock)
    {
        _service = service;
        _progress = progress;
        _calendars = calendars;
        _clock = clock;
    }

    public PaceSweepResult Evaluate(Guid? startAfterGoalId, int pageSize)
    {
        var query = new QueryExpression(SgGoal.LogicalName) { ColumnSet = new ColumnSet(true), TopCount = pageSize + 1 };
        query.Criteria.AddCondition(F.GoalStatus, ConditionOperator.Equal, SgGoal.Options.StatusActive);
        if (startAfterGoalId is { } after && after != Guid.Empty)
        {
            query.Criteria.AddCondition(F.Id, ConditionOperator.GreaterThan, after);
        }

        query.AddOrder(F.Id, OrderType.Ascending);
        var rows = _service.RetrieveMultiple(query).Entities;
        var page = rows.Take(pageSize).ToList();
        int changed = 0, atRisk = 0, closed = 0;
        var today = _calendars.DateOf(_clock.UtcNow);
        foreach (var goal in page)
        {
            var ended = goal.GetAttributeValue<DateTime?>(F.PeriodEnd) is { } end && LocalDate.FromDateTime(end) < today;
            var close = ended ? new Dictionary<string, object?> { [F.GoalStatus] = new OptionSetValue(SgGoal.Options.StatusClosed) } : null;
            var change = _progress.Apply(goal, MetricTotals.Zero, alsoSet: close, periodEnded: ended);
            closed += ended ? 1 : 0;
            if (change.Result is { } result)
            {
                changed += change.OldStatus != result.Status ? 1 : 0;
                atRisk += result.Status == ProgressStatus.AtRisk ? 1 : 0;
            }
        }

        var next = rows.Count > pageSize ? page[page.Count - 1].Id : Guid.Empty;
        return new PaceSweepResult(page.Count, changed, atRisk, next, closed);
    }
}
