using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.Plugins.Goals;
using O = SalesGoals.Crm.Plugins.Schema.OpportunityTable;

namespace SalesGoals.Crm.Plugins.Attainment.Sources;

/// <summary>Opportunities: won or lost on their actual close date, amount actualvalue_base.</summary>
public sealed class OpportunitySource : SourceReader
{
    private static readonly string[] Read =
    [
        O.Fields.OwnerId, O.Fields.StateCode, O.Fields.ActualValueBase, O.Fields.ActualCloseDate, O.Fields.CreatedOn,
        O.Fields.ProductLine, O.Fields.Region, O.Fields.CustomerSegment, O.Fields.IsNewCustomer,
    ];

    public OpportunitySource(IOrganizationService service, OwnerTeams teams)
        : base(service, teams)
    {
    }

    public override SourceKind Kind => SourceKind.Deal;

    protected override string PrimaryKey => O.Fields.Id;

    protected override string OwnerColumn => O.Fields.OwnerId;

    protected override string[] Columns => Read;

    protected override void FilterCounted(FilterExpression criteria, SourceScope scope)
    {
        criteria.AddCondition(O.Fields.StateCode, ConditionOperator.In, O.States.Won, O.States.Lost);
        DateInPeriod(criteria, O.Fields.ActualCloseDate, scope);
    }

    protected override SourceFact ToFact(Entity row, IReadOnlyCollection<Guid> ownerTeamIds)
    {
        var state = Option(row, O.Fields.StateCode) switch
        {
            O.States.Won => SourceStates.Won,
            O.States.Lost => SourceStates.Lost,
            _ => SourceStates.Open,
        };
        var closeDate = row.GetAttributeValue<DateTime?>(O.Fields.ActualCloseDate);
        var created = row.GetAttributeValue<DateTime?>(O.Fields.CreatedOn);
        var isNew = row.GetAttributeValue<bool?>(O.Fields.IsNewCustomer) ?? false;
        return new SourceFact
        {
            Source = Kind,
            RecordId = row.Id,
            State = closeDate.HasValue ? state : SourceStates.Open,
            OwnerId = row.GetAttributeValue<EntityReference>(O.Fields.OwnerId)?.Id ?? Guid.Empty,
            OwnerTeamIds = ownerTeamIds,
            Date = DateOf(closeDate),
            CreatedDate = created.HasValue ? DateOf(created) : null,
            BaseAmount = row.GetAttributeValue<Money>(O.Fields.ActualValueBase)?.Value ?? 0m,
            Dimensions = new GoalDimensions(
                GoalMapper.OptionText(row, O.Fields.ProductLine),
                GoalMapper.OptionText(row, O.Fields.Region),
                GoalMapper.OptionText(row, O.Fields.CustomerSegment)),
            Flags = [isNew ? SourceFlags.NewCustomer : SourceFlags.RepeatCustomer],
        };
    }
}
