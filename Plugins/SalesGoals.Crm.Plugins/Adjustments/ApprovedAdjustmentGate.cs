using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Adjustments;
using SalesGoals.Crm.Plugins.Schema;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Adjustments;

/// <summary>
/// The one legal way to change a locked goal's tiers (rule 5). The apply step puts the adjustment's
/// id in its shared variables; a nested goal update sees it through ParentContext. A claim counts only
/// when it is genuine: it sits on the post-operation context of that very adjustment's Update, the
/// adjustment is Approved, and it has a line for this goal whose new values are exactly the ones
/// being written. No column a caller can set is involved, and a shared variable alone proves nothing.
/// </summary>
public static class ApprovedAdjustmentGate
{
    public const string Variable = "sg_ApprovedAdjustmentId";

    /// <summary>Marks the current operation as applying the adjustment (called by the apply step only).</summary>
    public static void Open(IPluginExecutionContext context, Guid adjustmentId) => context.SharedVariables[Variable] = adjustmentId;

    /// <summary>The adjustment being applied by an enclosing apply step, if any.</summary>
    public static Guid? Claim(IPluginExecutionContext context)
    {
        for (var current = context; current != null; current = current.ParentContext)
        {
            if (current.SharedVariables.TryGetValue(Variable, out var value)
                && value is Guid id
                && current.Stage == 40
                && current.MessageName == "Update"
                && current.PrimaryEntityName == SgGoalAdjustment.LogicalName
                && current.PrimaryEntityId == id)
            {
                return id;
            }
        }

        return null;
    }

    /// <summary>True when this goal update is exactly what an approved adjustment applies.</summary>
    public static bool Authorizes(IPluginExecutionContext context, Entity target, Entity stored, IAdjustmentRepository adjustments)
    {
        if (Claim(context) is not { } id
            || adjustments.Find(id) is not { } header
            || AdjustmentMapper.StatusOf(header.GetAttributeValue<OptionSetValue>(SgGoalAdjustment.Fields.Status)) != AdjustmentStatus.Approved)
        {
            return false;
        }

        var line = adjustments.Lines(id).Select(AdjustmentMapper.ToLine).FirstOrDefault(l => l.GoalId == stored.Id);
        return line != null
            && Matches(target, stored, F.BaseValue, line.NewBase)
            && Matches(target, stored, F.TargetValue, line.NewTarget)
            && Matches(target, stored, F.StretchValue, line.NewStretch);
    }

    private static bool Matches(Entity target, Entity stored, string column, decimal? newValue)
    {
        var current = stored.GetAttributeValue<decimal?>(column);
        var written = target.Attributes.ContainsKey(column) ? target.GetAttributeValue<decimal?>(column) : current;
        return written == (newValue ?? current);
    }
}
