using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.Plugins.Schema;

namespace SalesGoals.Crm.Plugins.Adjustments;

/// <summary>Who hears about an adjustment, and what they read (goals.md §6: the people affected).</summary>
public sealed class AdjustmentNotices
{
    private readonly IInAppNotifier _notifier;
    private readonly IAdjustmentRepository _people;

    public AdjustmentNotices(IInAppNotifier notifier, IAdjustmentRepository people)
    {
        _notifier = notifier;
        _people = people;
    }

    /// <summary>
    /// The approvers: each goal's manager's manager (the organization chart); when the chart names
    /// nobody, the goal-manager role holders. Never the requester.
    /// </summary>
    public IReadOnlyList<Guid> Approvers(IEnumerable<GoalSnapshot> goals, Guid requester)
    {
        var approvers = goals
            .Select(g => g.ManagerId is { } manager ? _people.ManagerOf(manager) : null)
            .Where(a => a.HasValue).Select(a => a!.Value)
            .Distinct().Where(a => a != requester).ToList();
        return approvers.Count > 0 ? approvers : _people.GoalManagers().Where(a => a != requester).ToList();
    }

    public void Submitted(ValidatedAdjustment request, Guid requester)
    {
        var goals = string.Join(", ", request.Goals.Values.Select(g => "\"" + g.Label + "\""));
        var body = AdjustmentTexts.ApprovalNeededBody(_people.NameOf(requester), request.Record.Name, goals, request.Record.Reason, request.Record.Justification ?? "");
        foreach (var approver in Approvers(request.Goals.Values, requester))
        {
            _notifier.Notify(approver, AdjustmentTexts.ApprovalNeededTitle(), body, AppNotification.Options.IconInfo, Link(request.Record));
        }
    }

    /// <summary>The approvers the submitted request was addressed to hear that it was withdrawn (their "to approve" notice
    /// would otherwise stand).</summary>
    public void Withdrawn(AdjustmentRecord request, IEnumerable<GoalSnapshot> goals, Guid requester)
    {
        var body = AdjustmentTexts.WithdrawnBody(_people.NameOf(requester), request.Name);
        foreach (var approver in Approvers(goals, requester))
        {
            _notifier.Notify(approver, AdjustmentTexts.WithdrawnTitle(), body, AppNotification.Options.IconInfo, Link(request));
        }
    }

    public void Rejected(AdjustmentRecord request, Guid requester, Guid approver, string comment) =>
        _notifier.Notify(requester, AdjustmentTexts.RejectedTitle(), AdjustmentTexts.RejectedBody(_people.NameOf(approver), request.Name, comment), AppNotification.Options.IconFailure, Link(request));

    /// <summary>The requester hears that it was approved; every assignee of a changed goal hears what changed.</summary>
    public void Applied(ValidatedAdjustment request, Guid requester, Guid approver)
    {
        var approverName = _people.NameOf(approver);
        _notifier.Notify(requester, AdjustmentTexts.AppliedTitle(), AdjustmentTexts.AppliedBody(approverName, request.Record.Name), AppNotification.Options.IconSuccess, Link(request.Record));
        foreach (var line in request.Record.Lines)
        {
            var goal = request.Goals[line.GoalId];
            var body = AdjustmentTexts.GoalAdjustedBody(
                goal.Label,
                AdjustmentTexts.Amount(goal.Target, goal.Precision),
                AdjustmentTexts.Amount(line.NewTarget ?? goal.Target, goal.Precision),
                request.Record.Reason,
                approverName);
            foreach (var person in Assignees(goal))
            {
                _notifier.Notify(person, AdjustmentTexts.GoalAdjustedTitle(), body, AppNotification.Options.IconInfo, new EntityReference(SgGoal.LogicalName, goal.Id));
            }
        }
    }

    private static EntityReference Link(AdjustmentRecord request) => new(SgGoalAdjustment.LogicalName, request.Id);

    private IReadOnlyList<Guid> Assignees(GoalSnapshot goal) => goal.Assignee switch
    {
        { Kind: AssigneeKind.User } user => [user.Id],
        { Kind: AssigneeKind.Team } team => _people.TeamMembers(team.Id),
        _ => [],
    };
}
