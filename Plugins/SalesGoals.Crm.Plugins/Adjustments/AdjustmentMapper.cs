using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Adjustments;
using SalesGoals.Crm.Plugins.Schema;
using A = SalesGoals.Crm.Plugins.Schema.SgGoalAdjustment.Fields;
using L = SalesGoals.Crm.Plugins.Schema.SgGoalAdjustmentLine.Fields;

namespace SalesGoals.Crm.Plugins.Adjustments;

/// <summary>Translates adjustment rows to records; choices map to the engine's enums.</summary>
public static class AdjustmentMapper
{
    public static AdjustmentRecord ToRecord(Entity header, IEnumerable<Entity> lines) =>
        new(header.Id, header.GetAttributeValue<string>(A.Name) ?? header.Id.ToString(), StatusOf(header.GetAttributeValue<OptionSetValue>(A.Status)), lines.Select(ToLine).ToList())
        {
            IsReallocation = header.GetAttributeValue<OptionSetValue>(A.Kind)?.Value == SgGoalAdjustment.Options.KindReallocation,
            Reason = header.GetAttributeValue<OptionSetValue>(A.Reason) is { } reason ? (AdjustmentReason)(reason.Value - SgGoalAdjustment.Options.ReasonFirst + 1) : null,
            Justification = header.GetAttributeValue<string>(A.Justification),
            RequestedBy = header.GetAttributeValue<EntityReference>(A.RequestedById)?.Id,
            ParentGoalId = header.GetAttributeValue<EntityReference>(A.ParentGoalId)?.Id,
            DecisionComment = header.GetAttributeValue<string>(A.DecisionComment),
        };

    public static AdjustmentLineRecord ToLine(Entity line) => new(
        line.Id,
        line.GetAttributeValue<EntityReference>(L.GoalId)?.Id ?? Guid.Empty,
        line.GetAttributeValue<decimal?>(L.NewBaseValue),
        line.GetAttributeValue<decimal?>(L.NewTargetValue),
        line.GetAttributeValue<decimal?>(L.NewStretchValue));

    public static AdjustmentStatus? StatusOf(OptionSetValue? option) =>
        option == null ? null : (AdjustmentStatus)(option.Value - SgGoalAdjustment.Options.StatusFirst);

    public static OptionSetValue StatusOption(AdjustmentStatus status) => new(SgGoalAdjustment.Options.StatusFirst + (int)status);
}
