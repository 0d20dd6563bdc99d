using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.Plugins.Progress;
using A = SalesGoals.Crm.Plugins.Schema.AppointmentTable;

namespace SalesGoals.Crm.Plugins.Attainment.Sources;

/// <summary>Appointments (visits): a completed one counts on its actual end, or its scheduled end when no actual end was recorded.</summary>
public sealed class AppointmentSource : SourceReader
{
    private static readonly string[] Read = [A.Fields.OwnerId, A.Fields.StateCode, A.Fields.ActualEnd, A.Fields.ScheduledEnd];

    private readonly IGoalCalendars _calendars;

    public AppointmentSource(IOrganizationService service, OwnerTeams teams, IGoalCalendars calendars)
        : base(service, teams) => _calendars = calendars;

    public override SourceKind Kind => SourceKind.Visit;

    protected override string PrimaryKey => A.Fields.Id;

    protected override string OwnerColumn => A.Fields.OwnerId;

    protected override string[] Columns => Read;

    protected override void FilterCounted(FilterExpression criteria, SourceScope scope)
    {
        criteria.AddCondition(A.Fields.StateCode, ConditionOperator.Equal, A.States.Completed);
        var date = criteria.AddFilter(LogicalOperator.Or);
        NearPeriod(date.AddFilter(LogicalOperator.And), A.Fields.ActualEnd, scope);
        var scheduled = date.AddFilter(LogicalOperator.And);
        scheduled.AddCondition(A.Fields.ActualEnd, ConditionOperator.Null);
        NearPeriod(scheduled, A.Fields.ScheduledEnd, scope);
    }

    protected override SourceFact ToFact(Entity row, IReadOnlyCollection<Guid> ownerTeamIds)
    {
        var date = row.GetAttributeValue<DateTime?>(A.Fields.ActualEnd) ?? row.GetAttributeValue<DateTime?>(A.Fields.ScheduledEnd);
        var completed = Option(row, A.Fields.StateCode) == A.States.Completed && date.HasValue;
        return new SourceFact
        {
            Source = Kind,
            RecordId = row.Id,
            State = completed ? SourceStates.Completed : SourceStates.Open,
            OwnerId = row.GetAttributeValue<EntityReference>(A.Fields.OwnerId)?.Id ?? Guid.Empty,
            OwnerTeamIds = ownerTeamIds,
            Date = LocalDateOf(_calendars, date),
        };
    }
}
