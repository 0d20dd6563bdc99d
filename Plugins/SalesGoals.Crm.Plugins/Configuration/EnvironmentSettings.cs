using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.GoalEngine.Progress;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Plugins.Schema;
using N = SalesGoals.Crm.Plugins.Configuration.EnvironmentVariableNames;

namespace SalesGoals.Crm.Plugins.Configuration;

/// <summary>
/// The environment variables the plug-ins obey, for one execution: read at most once per
/// <see cref="EnvironmentSettingsCache.Lifetime"/> per organization (one query for the variables, one for the
/// calendar the default names), and only when an execution asks.
/// </summary>
public sealed class EnvironmentSettings
{
    private readonly IOrganizationService _service;
    private readonly Guid _organizationId;
    private readonly IClock _clock;
    private EnvironmentSettingsSnapshot? _snapshot;

    /// <param name="service">Acts as SYSTEM: a rep who wins a deal need not read environment variables.</param>
    /// <param name="clock">The execution's clock (OperationCreatedOn), which times the cache.</param>
    public EnvironmentSettings(IOrganizationService service, Guid organizationId, IClock clock)
    {
        _service = service;
        _organizationId = organizationId;
        _clock = clock;
    }

    public decimal? AlertThreshold => Snapshot.AlertThreshold;

    public Guid? DefaultCalendarId => Snapshot.DefaultCalendarId;

    // Stryker disable once Assignment : without the field, the organization-wide cache answers the next call with the same snapshot.
    private EnvironmentSettingsSnapshot Snapshot => _snapshot ??= EnvironmentSettingsCache.Get(_organizationId, _clock.UtcNow, Read);

    private EnvironmentSettingsSnapshot Read(DateTimeOffset now)
    {
        var query = new QueryExpression(N.DefinitionTable) { ColumnSet = new ColumnSet(N.SchemaName, N.DefaultValue) };
        query.Criteria.AddCondition(N.SchemaName, ConditionOperator.In, N.AlertThreshold, N.DefaultCalendar);
        var value = query.AddLink(N.ValueTable, N.DefinitionId, N.DefinitionId, JoinOperator.LeftOuter);
        value.EntityAlias = "current";
        value.Columns = new ColumnSet(N.Value);
        value.LinkCriteria.AddCondition(N.StateCode, ConditionOperator.Equal, 0);
        var rows = _service.RetrieveMultiple(query).Entities;

        var thresholdRow = Definition(rows, N.AlertThreshold);
        var calendarRow = Definition(rows, N.DefaultCalendar);
        var threshold = PaceSettingsResolver.EnvironmentThreshold(CurrentValue(thresholdRow), DefaultValue(thresholdRow));
        var calendarName = PaceSettingsResolver.EnvironmentValue(CurrentValue(calendarRow), DefaultValue(calendarRow));
        return new EnvironmentSettingsSnapshot(now, threshold, calendarName is null ? null : CalendarNamed(calendarName));
    }

    // The value row's value and the definition's default are both read; which one counts is the shared rule's (the reports
    // read the same). No tuples here: net462 has no System.ValueTuple and the plug-in assembly takes no extra package.
    private static Entity? Definition(DataCollection<Entity> rows, string schemaName) =>
        rows.FirstOrDefault(r => string.Equals(r.GetAttributeValue<string>(N.SchemaName), schemaName, StringComparison.OrdinalIgnoreCase));

    private static string? CurrentValue(Entity? definition) => definition?.GetAttributeValue<AliasedValue>("current." + N.Value)?.Value as string;

    private static string? DefaultValue(Entity? definition) => definition?.GetAttributeValue<string>(N.DefaultValue);

    private Guid? CalendarNamed(string name)
    {
        var query = new QueryExpression(SgWorkingDayCalendar.LogicalName) { ColumnSet = new ColumnSet(false), TopCount = 1 };
        query.Criteria.AddCondition(SgWorkingDayCalendar.Fields.Name, ConditionOperator.Equal, name);
        query.Criteria.AddCondition(SgWorkingDayCalendar.Fields.StateCode, ConditionOperator.Equal, 0);
        return _service.RetrieveMultiple(query).Entities.FirstOrDefault()?.Id;
    }
}
