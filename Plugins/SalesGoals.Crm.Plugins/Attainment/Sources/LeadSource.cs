using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.Plugins.Progress;
using L = SalesGoals.Crm.Plugins.Schema.LeadTable;

namespace SalesGoals.Crm.Plugins.Attainment.Sources;

/// <summary>Leads: every lead counts once, for its owner, on the day it was created (qualifying or disqualifying it later changes nothing).</summary>
public sealed class LeadSource : SourceReader
{
    private static readonly string[] Read = [L.Fields.OwnerId, L.Fields.CreatedOn];

    private readonly IGoalCalendars _calendars;

    public LeadSource(IOrganizationService service, OwnerTeams teams, IGoalCalendars calendars)
        : base(service, teams) => _calendars = calendars;

    public override SourceKind Kind => SourceKind.Lead;

    protected override string PrimaryKey => L.Fields.Id;

    protected override string OwnerColumn => L.Fields.OwnerId;

    protected override string[] Columns => Read;

    protected override void FilterCounted(FilterExpression criteria, SourceScope scope) => NearPeriod(criteria, L.Fields.CreatedOn, scope);

    protected override SourceFact ToFact(Entity row, IReadOnlyCollection<Guid> ownerTeamIds)
    {
        var created = row.GetAttributeValue<DateTime?>(L.Fields.CreatedOn);
        return new SourceFact
        {
            Source = Kind,
            RecordId = row.Id,
            State = created.HasValue ? SourceStates.Created : SourceStates.Open,
            OwnerId = row.GetAttributeValue<EntityReference>(L.Fields.OwnerId)?.Id ?? Guid.Empty,
            OwnerTeamIds = ownerTeamIds,
            Date = LocalDateOf(_calendars, created),
        };
    }
}
