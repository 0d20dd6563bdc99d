using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Plugins.Goals;
using O = SalesGoals.Crm.Plugins.Schema.OpportunityTable;

namespace SalesGoals.Crm.Plugins.Attainment;

/// <summary>Turns an opportunity row (as it is after the event) into the engine's source fact.</summary>
public static class OpportunityFacts
{
    public static readonly string[] Columns =
    [
        O.Fields.OwnerId, O.Fields.StateCode, O.Fields.ActualValueBase, O.Fields.ActualCloseDate, O.Fields.CreatedOn,
        O.Fields.ProductLine, O.Fields.Region, O.Fields.CustomerSegment, O.Fields.IsNewCustomer,
    ];

    public static SourceFact From(Entity opportunity, IReadOnlyCollection<Guid> ownerTeamIds)
    {
        var state = opportunity.GetAttributeValue<OptionSetValue>(O.Fields.StateCode)?.Value switch
        {
            O.States.Won => SourceStates.Won,
            O.States.Lost => SourceStates.Lost,
            _ => SourceStates.Open,
        };
        var closeDate = opportunity.GetAttributeValue<DateTime?>(O.Fields.ActualCloseDate);
        var created = opportunity.GetAttributeValue<DateTime?>(O.Fields.CreatedOn);
        var isNew = opportunity.GetAttributeValue<bool?>(O.Fields.IsNewCustomer) ?? false;
        return new SourceFact
        {
            SourceTable = O.LogicalName,
            RecordId = opportunity.Id,
            State = closeDate.HasValue ? state : SourceStates.Open,
            OwnerId = opportunity.GetAttributeValue<EntityReference>(O.Fields.OwnerId)?.Id ?? Guid.Empty,
            OwnerTeamIds = ownerTeamIds,
            Date = closeDate.HasValue ? LocalDate.FromDateTime(closeDate.Value) : LocalDate.MinValue,
            CreatedDate = created.HasValue ? LocalDate.FromDateTime(created.Value) : null,
            BaseAmount = opportunity.GetAttributeValue<Money>(O.Fields.ActualValueBase)?.Value ?? 0m,
            Dimensions = new GoalDimensions(
                GoalMapper.OptionText(opportunity, O.Fields.ProductLine),
                GoalMapper.OptionText(opportunity, O.Fields.Region),
                GoalMapper.OptionText(opportunity, O.Fields.CustomerSegment)),
            Flags = [isNew ? SourceFlags.NewCustomer : SourceFlags.RepeatCustomer],
        };
    }

    /// <summary>A deleted record: no state that counts, so every stored row is reversed.</summary>
    public static SourceFact Deleted(string table, Guid recordId) =>
        new() { SourceTable = table, RecordId = recordId, State = SourceStates.Open, Date = LocalDate.MinValue };
}
