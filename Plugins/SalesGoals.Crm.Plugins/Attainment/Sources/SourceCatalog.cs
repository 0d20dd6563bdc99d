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

    /// <summary>The readers of every source a metric reads (its own and, when the metric includes them, external deals).</summary>
    public IReadOnlyList<ISourceFacts> ForMetric(MetricDefinition metric, bool includeExternal) =>
        new[] { metric.Source }.Concat(metric.AdditionalSources)
            .Where(k => includeExternal || k != SourceKind.ExternalDeal)
            .Select(k => _byTable.Values.FirstOrDefault(s => s.Kind == k))
            .OfType<ISourceFacts>()
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
