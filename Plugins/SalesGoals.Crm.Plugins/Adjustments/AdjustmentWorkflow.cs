using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Adjustments;
using SalesGoals.Crm.GoalEngine.Rules;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Plugins.Goals;
using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;
using A = SalesGoals.Crm.Plugins.Schema.SgGoalAdjustment.Fields;
using L = SalesGoals.Crm.Plugins.Schema.SgGoalAdjustmentLine.Fields;

namespace SalesGoals.Crm.Plugins.Adjustments;

/// <summary>
/// Pre-operation logic of sg_goaladjustment: who may submit, approve and reject, with what, and who
/// is told. Everything runs in the caller's transaction, so a refused step writes nothing.
/// </summary>
public sealed class AdjustmentWorkflow : IAdjustmentWorkflow
{
    private readonly IOrganizationService _service;
    private readonly IAdjustmentRepository _adjustments;
    private readonly AdjustmentValidator _validator;
    private readonly AdjustmentNotices _notices;
    private readonly IClock _clock;

    public AdjustmentWorkflow(IOrganizationService service, IAdjustmentRepository adjustments, AdjustmentValidator validator, AdjustmentNotices notices, IClock clock)
    {
        _service = service;
        _adjustments = adjustments;
        _validator = validator;
        _notices = notices;
        _clock = clock;
    }

    public void OnCreate(Entity target, ActingUser actor)
    {
        Unstamp(target);
        var status = AdjustmentMapper.StatusOf(target.GetAttributeValue<OptionSetValue>(A.Status));
        if (status is not null and not AdjustmentStatus.Submitted)
        {
            throw new AdjustmentRejectedException([AdjustmentTexts.NewRequestStatus()]);
        }

        target[A.RequestedById] = new EntityReference(PlatformTables.SystemUser, actor.UserId);
        if (status == AdjustmentStatus.Submitted)
        {
            // A new row has no lines yet: this reports "add at least one goal" with any other gaps.
            _validator.Validate(AdjustmentMapper.ToRecord(target, []), actor.UserId, actor);
        }
    }

    public void OnUpdate(Entity target, Entity stored, ActingUser actor, IPluginExecutionContext context)
    {
        var before = AdjustmentMapper.StatusOf(stored.GetAttributeValue<OptionSetValue>(A.Status));
        if (before == AdjustmentStatus.Approved && ApprovedAdjustmentGate.Claim(context) == stored.Id)
        {
            return; // the apply step marks its own approved adjustment Applied
        }

        Unstamp(target);
        var after = target.Attributes.ContainsKey(A.Status) ? AdjustmentMapper.StatusOf(target.GetAttributeValue<OptionSetValue>(A.Status)) : before;
        var name = stored.GetAttributeValue<string>(A.Name) ?? stored.Id.ToString();
        if (before != null && (after == null || SgGoalAdjustment.DefinitionFields.Any(target.Attributes.ContainsKey)))
        {
            throw new AdjustmentRejectedException([AdjustmentTexts.RequestFrozen(name, before.Value)]);
        }

        if (after == before)
        {
            return;
        }

        var record = AdjustmentMapper.ToRecord(GoalMapper.Merge(stored, target), _adjustments.Lines(stored.Id));
        if (before == null)
        {
            if (after != AdjustmentStatus.Submitted)
            {
                throw new AdjustmentRejectedException([AdjustmentTexts.DraftNotSubmitted()]);
            }

            Submit(target, record, actor);
        }
        else if (after == AdjustmentStatus.Applied)
        {
            throw new AdjustmentRejectedException([AdjustmentTexts.AppliedOnlyByApproval()]);
        }
        else if (before == AdjustmentStatus.Submitted && after == AdjustmentStatus.Withdrawn)
        {
            // Only its requester takes a request back; an approver who disagrees rejects it with a reason instead.
            if (stored.GetAttributeValue<EntityReference>(A.RequestedById)?.Id != actor.UserId)
            {
                throw new AdjustmentRejectedException([AdjustmentTexts.WithdrawOnlyByRequester(name)]);
            }

            target[A.DecidedOn] = _clock.UtcNow.UtcDateTime;
            var goals = record.Lines.Select(l => l.GoalId).Distinct().Select(id => _validator.Find(id)).Where(g => g != null).Select(g => g!).ToList();
            _notices.Withdrawn(record, goals, actor.UserId);
        }
        else if (before == AdjustmentStatus.Submitted && after is AdjustmentStatus.Approved or AdjustmentStatus.Rejected)
        {
            Decide(target, record, actor, rejecting: after == AdjustmentStatus.Rejected);
        }
        else
        {
            throw new AdjustmentRejectedException(AdjustmentRules.CheckMove(before.Value, after!.Value).Errors.Select(LocalText.From));
        }
    }

    public void EnsureLinesEditable(Guid? adjustmentId)
    {
        if (adjustmentId is { } id && _adjustments.Find(id) is { } header
            && AdjustmentMapper.StatusOf(header.GetAttributeValue<OptionSetValue>(A.Status)) is { } status)
        {
            throw new AdjustmentRejectedException([AdjustmentTexts.RequestFrozen(header.GetAttributeValue<string>(A.Name) ?? id.ToString(), status)]);
        }
    }

    private void Submit(Entity target, AdjustmentRecord record, ActingUser actor)
    {
        var valid = _validator.Validate(record, actor.UserId, actor);
        foreach (var line in record.Lines)
        {
            // The approver sees old → new; the old values are the ones checked now.
            var goal = valid.Goals[line.GoalId];
            _service.Update(new Entity(SgGoalAdjustmentLine.LogicalName, line.Id)
            {
                [L.OldBaseValue] = goal.Base,
                [L.OldTargetValue] = goal.Target,
                [L.OldStretchValue] = goal.Stretch,
            });
        }

        target[A.RequestedById] = new EntityReference(PlatformTables.SystemUser, actor.UserId);
        target[A.RequestedOn] = _clock.UtcNow.UtcDateTime;
        _notices.Submitted(valid, actor.UserId);
    }

    private void Decide(Entity target, AdjustmentRecord record, ActingUser actor, bool rejecting)
    {
        var requester = record.RequestedBy ?? Guid.Empty;
        var goals = record.Lines.Select(l => l.GoalId).Distinct()
            .Select(id => _validator.Find(id)).Where(g => g != null).ToDictionary(g => g!.Id, g => g!);
        var problems = AdjustmentRules.CheckApprover(record.ToRequest(requester), goals, actor, _adjustments.ManagerOf).Errors
            .Where(p => !(rejecting && p.Code == RuleCode.AdjustmentSelfApproval)) // withdrawing one's own request is fine
            .Select(LocalText.From).ToList();
        if (rejecting && string.IsNullOrWhiteSpace(record.DecisionComment))
        {
            problems.Add(AdjustmentTexts.RejectionReasonMissing());
        }

        if (problems.Count > 0)
        {
            throw new AdjustmentRejectedException(problems.Distinct());
        }

        target[A.ApproverId] = new EntityReference(PlatformTables.SystemUser, actor.UserId);
        target[A.DecidedOn] = _clock.UtcNow.UtcDateTime;
        if (rejecting && requester != Guid.Empty)
        {
            _notices.Rejected(record, requester, actor.UserId, record.DecisionComment!);
        }
    }

    /// <summary>The stamps are the plug-ins' to write: a caller's value (e.g. a forged approver) is dropped.</summary>
    private static void Unstamp(Entity target)
    {
        foreach (var column in SgGoalAdjustment.StampedFields)
        {
            target.Attributes.Remove(column);
        }
    }
}
