using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Adjustments;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Plugins.Goals;
using SalesGoals.Crm.Plugins.Progress;
using SalesGoals.Crm.Plugins.Schema;
using A = SalesGoals.Crm.Plugins.Schema.SgGoalAdjustment.Fields;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Adjustments;

/// <summary>
/// goals.md §6 "on apply": re-checks the request on the current goals, writes every line's tiers
/// (decreases first, so a reallocation's children never exceed their parent midway; parents last), keeps history,
/// recomputes progress, notifies, and marks the request Applied. Any failure throws, and the whole
/// approval rolls back: no goal changed, no history, no notification.
/// </summary>
public sealed class AdjustmentApplier : IAdjustmentApplier
{
    private readonly IOrganizationService _service;
    private readonly IAdjustmentRepository _adjustments;
    private readonly IGoalRepository _goals;
    private readonly AdjustmentValidator _validator;
    private readonly GoalHistoryWriter _history;
    private readonly GoalProgressWriter _progress;
    private readonly AdjustmentNotices _notices;
    private readonly IClock _clock;

    public AdjustmentApplier(
        IOrganizationService service, IAdjustmentRepository adjustments, IGoalRepository goals, AdjustmentValidator validator,
        GoalHistoryWriter history, GoalProgressWriter progress, AdjustmentNotices notices, IClock clock)
    {
        _service = service;
        _adjustments = adjustments;
        _goals = goals;
        _validator = validator;
        _history = history;
        _progress = progress;
        _notices = notices;
        _clock = clock;
    }

    public void Apply(IPluginExecutionContext context)
    {
        var id = context.PrimaryEntityId;
        var header = _adjustments.Find(id) ?? throw new InvalidPluginExecutionException($"Adjustment {id} disappeared while it was being applied.");
        var record = AdjustmentMapper.ToRecord(header, _adjustments.Lines(id));
        var requester = record.RequestedBy ?? context.InitiatingUserId;
        var approver = header.GetAttributeValue<EntityReference>(A.ApproverId)?.Id ?? context.InitiatingUserId;
        var valid = _validator.Validate(record, requester, requester: null);

        ApprovedAdjustmentGate.Open(context, id);
        var now = _clock.UtcNow.UtcDateTime;
        var entry = new GoalHistoryEntry(approver, now, record.IsReallocation ? SgGoalHistory.Options.Reallocation : SgGoalHistory.Options.Adjustment)
        {
            Reason = AdjustmentTexts.Reason(record.Reason).English + ": " + record.Justification,
            AdjustmentId = id,
        };
        // Parents on the request go last, so the unallocated amount they compute sees their children's new targets.
        var parents = new HashSet<Guid>(valid.Goals.Values.Where(g => g.ParentId.HasValue).Select(g => g.ParentId!.Value));
        var ordered = record.Lines
            .OrderBy(l => parents.Contains(l.GoalId))
            .ThenBy(l => (l.NewTarget ?? valid.Goals[l.GoalId].Target) - valid.Goals[l.GoalId].Target);
        foreach (var line in ordered)
        {
            var before = valid.Rows[line.GoalId];
            var update = new Entity(SgGoal.LogicalName, line.GoalId);
            Set(update, F.BaseValue, line.NewBase);
            Set(update, F.TargetValue, line.NewTarget);
            Set(update, F.StretchValue, line.NewStretch);
            Write(update, valid.Goals[line.GoalId].Label);
            _history.Write(before, update, entry);
            var after = _goals.Find(line.GoalId)!;
            _progress.Apply(after, MetricTotals.Zero);
        }

        _notices.Applied(valid, requester, approver);
        _service.Update(new Entity(SgGoalAdjustment.LogicalName, id)
        {
            [A.Status] = AdjustmentMapper.StatusOption(AdjustmentStatus.Applied),
            [A.AppliedOn] = now,
        });
    }

    private static void Set(Entity update, string column, decimal? value)
    {
        if (value.HasValue)
        {
            update[column] = value.Value;
        }
    }

    private void Write(Entity update, string goal)
    {
        try
        {
            _service.Update(update);
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            // Re-thrown, never swallowed (the failed write has already ended the transaction): the approval
            // fails and rolls back with a message saying what to do, in the language read up front.
            throw new AdjustmentRejectedException([AdjustmentTexts.GoalWriteFailed(goal, fault.Detail.Message)]);
        }
    }
}
