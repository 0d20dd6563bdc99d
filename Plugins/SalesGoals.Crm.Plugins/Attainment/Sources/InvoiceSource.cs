using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.GoalEngine.Metrics;
using I = SalesGoals.Crm.Plugins.Schema.InvoiceTable;

namespace SalesGoals.Crm.Plugins.Attainment.Sources;

/// <summary>Invoices (回款): a paid invoice counts its total (totalamount_base) on its paid date, sg_paidon.</summary>
public sealed class InvoiceSource : SourceReader
{
    private static readonly string[] Read = [I.Fields.OwnerId, I.Fields.StateCode, I.Fields.TotalAmountBase, I.Fields.PaidOn];

    public InvoiceSource(IOrganizationService service, OwnerTeams teams)
        : base(service, teams)
    {
    }

    public override SourceKind Kind => SourceKind.Payment;

    protected override string PrimaryKey => I.Fields.Id;

    protected override string OwnerColumn => I.Fields.OwnerId;

    protected override string[] Columns => Read;

    protected override void FilterCounted(FilterExpression criteria, SourceScope scope)
    {
        criteria.AddCondition(I.Fields.StateCode, ConditionOperator.Equal, I.States.Paid);
        DateInPeriod(criteria, I.Fields.PaidOn, scope);
    }

    protected override SourceFact ToFact(Entity row, IReadOnlyCollection<Guid> ownerTeamIds)
    {
        var paidOn = row.GetAttributeValue<DateTime?>(I.Fields.PaidOn);
        var paid = Option(row, I.Fields.StateCode) == I.States.Paid && paidOn.HasValue;
        return new SourceFact
        {
            Source = Kind,
            RecordId = row.Id,
            State = paid ? SourceStates.Paid : SourceStates.Open,
            OwnerId = row.GetAttributeValue<EntityReference>(I.Fields.OwnerId)?.Id ?? Guid.Empty,
            OwnerTeamIds = ownerTeamIds,
            Date = DateOf(paidOn),
            BaseAmount = row.GetAttributeValue<Money>(I.Fields.TotalAmountBase)?.Value ?? 0m,
        };
    }
}
