using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.Plugins.Progress;

namespace SalesGoals.Crm.Plugins.Attainment.Sources;

/// <summary>The source readers of one execution, by table.</summary>
public sealed class SourceCatalog
{
    private readonly Dictionary<string, ISourceFacts> _byTable;

    /// <param name="calendars">The organization's time zone for date-and-time columns; share the progress writer's so settings are read once.</param>
    public SourceCatalog(IOrganizationService service, CurrencyRates rates, IGoalCalendars calendars)
        : this(Create(service, rates, calendars))
    {
    }

    public SourceCatalog(IEnumerable<ISourceFacts> sources) =>
        _byTable = sources.ToDictionary(s => s.Table, StringComparer.OrdinalIgnoreCase);

    public ISourceFacts For(string table) =>
        _byTable.TryGetValue(table, out var source) ? source : throw new InvalidPluginExecutionException($"Records of table '{table}' do not feed any goal metric.");

    /// <summary>The readers of every table a metric reads (its own and, when the metric includes them, external actuals).</summary>
    public IReadOnlyList<ISourceFacts> ForMetric(MetricDefinition metric, bool includeExternal) =>
        new[] { metric.SourceTable }.Concat(metric.AdditionalSourceTables)
            .Where(t => includeExternal || !string.Equals(t, MetricPresets.ExternalActualTable, StringComparison.OrdinalIgnoreCase))
            .Where(_byTable.ContainsKey)
            .Select(t => _byTable[t])
            .ToList();

    private static IEnumerable<ISourceFacts> Create(IOrganizationService service, CurrencyRates rates, IGoalCalendars calendars)
    {
        var teams = new OwnerTeams(service);
        return
        [
            new OpportunitySource(service, teams),
            new ExternalActualSource(service, teams, rates),
            new AppointmentSource(service, teams, calendars),
            new LeadSource(service, teams, calendars),
            new InvoiceSource(service, teams),
        ];
    }
}
