using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.Plugins.Goals;
using X = SalesGoals.Crm.Plugins.Schema.SgExternalActual;

namespace SalesGoals.Crm.Plugins.Attainment.Sources;

/// <summary>
/// External actuals (deals from Zoho CRM and Fenxiang): won or lost on sg_closedate, owned by the mapped
/// Dataverse user in sg_owneruserid. An unmapped owner or a deactivated row counts for nobody.
/// </summary>
public sealed class ExternalActualSource : SourceReader
{
    private static readonly string[] Read =
    [
        X.Fields.StateCode, X.Fields.OwnerUserId, X.Fields.Amount, X.Fields.AmountBase, X.Fields.CurrencyId, X.Fields.DealState,
        X.Fields.CloseDate, X.Fields.CreatedDate, X.Fields.ProductLine, X.Fields.Region, X.Fields.CustomerSegment, X.Fields.IsNewCustomer,
    ];

    private readonly CurrencyRates _rates;

    public ExternalActualSource(IOrganizationService service, OwnerTeams teams, CurrencyRates rates)
        : base(service, teams) => _rates = rates;

    public override SourceKind Kind => SourceKind.ExternalDeal;

    protected override string PrimaryKey => X.Fields.Id;

    protected override string OwnerColumn => X.Fields.OwnerUserId;

    protected override string[] Columns => Read;

    protected override void FilterCounted(FilterExpression criteria, SourceScope scope)
    {
        criteria.AddCondition(X.Fields.StateCode, ConditionOperator.Equal, X.Options.StateActive);
        criteria.AddCondition(X.Fields.DealState, ConditionOperator.In, X.Options.DealWon, X.Options.DealLost);
        DateInPeriod(criteria, X.Fields.CloseDate, scope);
    }

    protected override SourceFact ToFact(Entity row, IReadOnlyCollection<Guid> ownerTeamIds)
    {
        var active = (Option(row, X.Fields.StateCode) ?? X.Options.StateActive) == X.Options.StateActive;
        var state = Option(row, X.Fields.DealState) switch
        {
            X.Options.DealWon => SourceStates.Won,
            X.Options.DealLost => SourceStates.Lost,
            _ => SourceStates.Open,
        };
        var closeDate = row.GetAttributeValue<DateTime?>(X.Fields.CloseDate);
        var created = row.GetAttributeValue<DateTime?>(X.Fields.CreatedDate);
        var owner = row.GetAttributeValue<EntityReference>(X.Fields.OwnerUserId)?.Id ?? Guid.Empty;
        var isNew = row.GetAttributeValue<bool?>(X.Fields.IsNewCustomer) ?? false;
        return new SourceFact
        {
            Source = Kind,
            RecordId = row.Id,
            State = active && closeDate.HasValue && owner != Guid.Empty ? state : SourceStates.Open,
            OwnerId = owner,
            OwnerTeamIds = ownerTeamIds,
            Date = DateOf(closeDate),
            CreatedDate = created.HasValue ? DateOf(created) : null,
            BaseAmount = BaseAmount(row),
            Dimensions = new GoalDimensions(
                GoalMapper.OptionText(row, X.Fields.ProductLine),
                GoalMapper.OptionText(row, X.Fields.Region),
                GoalMapper.OptionText(row, X.Fields.CustomerSegment)),
            Flags = [isNew ? SourceFlags.NewCustomer : SourceFlags.RepeatCustomer],
        };
    }

    // The platform keeps sg_amount_base (amount ÷ the record currency's rate); a row written without
    // it (e.g. imported with the value only) is converted here the same way.
    private decimal BaseAmount(Entity row)
    {
        if (row.GetAttributeValue<Money>(X.Fields.AmountBase) is { } stored)
        {
            return stored.Value;
        }

        var amount = row.GetAttributeValue<Money>(X.Fields.Amount)?.Value ?? 0m;
        return amount / _rates.RateOf(row.GetAttributeValue<EntityReference>(X.Fields.CurrencyId)?.Id);
    }
}
