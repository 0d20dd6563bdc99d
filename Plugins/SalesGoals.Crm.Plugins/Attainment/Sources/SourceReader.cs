using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Plugins.Progress;

namespace SalesGoals.Crm.Plugins.Attainment.Sources;

/// <summary>The shared reading of a source table; a subclass says which columns, states and dates count.</summary>
public abstract class SourceReader : ISourceFacts
{
    protected SourceReader(IOrganizationService service, OwnerTeams teams)
    {
        Service = service;
        Teams = teams;
    }

    public abstract SourceKind Kind { get; }

    public string Table => MetricSourceMap.TableOf(Kind);

    protected IOrganizationService Service { get; }

    protected OwnerTeams Teams { get; }

    protected abstract string PrimaryKey { get; }

    protected abstract string OwnerColumn { get; }

    protected abstract string[] Columns { get; }

    /// <summary>The record as it is now, with its owner's teams joined in the same request (one row per team).</summary>
    public SourceFact Current(Guid recordId)
    {
        var query = new QueryExpression(Table) { ColumnSet = new ColumnSet(Columns) };
        query.Criteria.AddCondition(PrimaryKey, ConditionOperator.Equal, recordId);
        OwnerTeams.JoinTeams(query, OwnerColumn);
        var rows = Service.RetrieveMultiple(query).Entities;
        if (rows.Count == 0)
        {
            throw new InvalidPluginExecutionException($"The {Table} record {recordId} does not exist.");
        }

        var row = rows[0];
        return ToFact(row, Teams.Remember(row.GetAttributeValue<EntityReference>(OwnerColumn), rows));
    }

    public IReadOnlyList<SourceFact> PageInPeriod(SourceScope scope, Guid after, int size)
    {
        if (scope.Owners.Count == 0)
        {
            return [];
        }

        // Keyset paging in primary-key order: a slice resumes after the last record it read, even in another execution.
        var query = CountedQuery(scope);
        query.TopCount = size;
        query.AddOrder(PrimaryKey, OrderType.Ascending);
        if (after != Guid.Empty)
        {
            query.Criteria.AddCondition(PrimaryKey, ConditionOperator.GreaterThan, after);
        }

        return Service.RetrieveMultiple(query).Entities.Select(row => ToFact(row, scope.OwnerTeamIds)).ToList();
    }

    public IReadOnlyList<SourceFact> CountedAmong(SourceScope scope, IReadOnlyCollection<Guid> recordIds)
    {
        if (scope.Owners.Count == 0 || recordIds.Count == 0)
        {
            return [];
        }

        var query = CountedQuery(scope);
        query.Criteria.AddCondition(PrimaryKey, ConditionOperator.In, recordIds.Select(id => (object)id).ToArray());
        return Service.RetrieveMultiple(query).Entities.Select(row => ToFact(row, scope.OwnerTeamIds)).ToList();
    }

    private QueryExpression CountedQuery(SourceScope scope)
    {
        var query = new QueryExpression(Table) { ColumnSet = new ColumnSet(Columns) };
        query.Criteria.AddCondition(OwnerColumn, ConditionOperator.In, scope.Owners.Select(o => (object)o).ToArray());
        FilterCounted(query.Criteria, scope);
        return query;
    }

    /// <summary>Conditions for records in a counted state whose metric date lies in the scope's period.</summary>
    protected abstract void FilterCounted(FilterExpression criteria, SourceScope scope);

    protected abstract SourceFact ToFact(Entity row, IReadOnlyCollection<Guid> ownerTeamIds);

    /// <summary>A date-only column inside the period.</summary>
    protected static void DateInPeriod(FilterExpression criteria, string dateColumn, SourceScope scope)
    {
        criteria.AddCondition(dateColumn, ConditionOperator.GreaterEqual, scope.Start);
        criteria.AddCondition(dateColumn, ConditionOperator.LessThan, scope.EndExclusive);
    }

    /// <summary>A date-and-time column near the period (see <see cref="SourceScope.WideStart"/>).</summary>
    protected static void NearPeriod(FilterExpression criteria, string instantColumn, SourceScope scope)
    {
        criteria.AddCondition(instantColumn, ConditionOperator.GreaterEqual, scope.WideStart);
        criteria.AddCondition(instantColumn, ConditionOperator.LessThan, scope.WideEndExclusive);
    }

    /// <summary>The date of a date-only column (stored as midnight; no time zone applies).</summary>
    protected static LocalDate DateOf(DateTime? value) => value.HasValue ? LocalDate.FromDateTime(value.Value) : LocalDate.MinValue;

    /// <summary>The date of a date-and-time column (a UTC instant) in the organization's time zone.</summary>
    protected static LocalDate LocalDateOf(IGoalCalendars calendars, DateTime? utc) =>
        utc.HasValue ? calendars.DateOf(new DateTimeOffset(DateTime.SpecifyKind(utc.Value, DateTimeKind.Utc))) : LocalDate.MinValue;

    protected static int? Option(Entity row, string column) => row.GetAttributeValue<OptionSetValue>(column)?.Value;
}
