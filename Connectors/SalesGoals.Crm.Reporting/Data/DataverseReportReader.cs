using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Dataverse.WebApi.Client;
using SalesGoals.Crm.GoalEngine.Calendars;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.GoalEngine.Progress;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Reporting.Reports;

namespace SalesGoals.Crm.Reporting.Data;

/// <summary>
/// Reads a <see cref="ReportDataSet"/> through the Dataverse Web API client: Active and Closed goals, their ledger rows,
/// users with their manager and language, teams, playbooks, settings (and the environment variables sg_AlertThreshold
/// and sg_DefaultCalendar where the settings row leaves them open), calendars and seasonality profiles. Each table is
/// read page by page (5,000 rows a page, following Dataverse's paging cookie in @odata.nextLink); for a report only
/// the goals and ledger rows of its date range are asked for (filters on the period and source dates).
/// </summary>
public sealed class DataverseReportReader
{
    private const int IdsPerQuery = 50;

    private static readonly string[] GoalColumns =
    [
        "sg_goalid", "sg_name", "_sg_parentgoalid_value", "_sg_assigneeuserid_value", "_sg_assigneeteamid_value", "_sg_managerid_value",
        "_sg_metricid_value", "_transactioncurrencyid_value", "sg_periodtype", "sg_periodstart", "sg_periodend", "sg_basevalue",
        "sg_targetvalue", "sg_stretchvalue", "sg_splitaxis", "sg_goalstatus", "sg_atriskthreshold", "_sg_calendarid_value",
        "_sg_seasonalityprofileid_value", "sg_productline", "sg_region", "sg_customersegment", "sg_actual", "sg_attainmentpct",
        "sg_expectedtodate", "sg_pacegap", "sg_pacestatus", "sg_tier",
    ];

    private readonly DataverseWebApiClient _client;

    public DataverseReportReader(DataverseWebApiClient client) => _client = client ?? throw new ArgumentNullException(nameof(client));

    /// <summary>Every Active and Closed goal and every ledger row (alert delivery, which needs any goal's tree).</summary>
    public Task<ReportDataSet> ReadAsync(CancellationToken cancellationToken) => ReadCoreAsync(null, cancellationToken);

    /// <summary>
    /// Only what <paramref name="request"/>'s report needs: the goals whose period has started by the report date and
    /// reaches into its window (their ancestors too, whose periods hold theirs), the earlier goals below them (whose
    /// ledger rows count toward their actuals), and the ledger rows dated from the earliest of those periods' starts
    /// to the report date — a leaf counts only deals dated in its period, so nothing older can belong to them.
    /// </summary>
    public Task<ReportDataSet> ReadAsync(ReportRequest request, CancellationToken cancellationToken) =>
        ReadCoreAsync(request ?? throw new ArgumentNullException(nameof(request)), cancellationToken);

    private async Task<ReportDataSet> ReadCoreAsync(ReportRequest? request, CancellationToken cancellationToken)
    {
        var metrics = (await Query(DataverseNames.Metrics, ["sg_metricid", "sg_code"], null, cancellationToken))
            .ToDictionary(r => JsonRow.Guid(r, "sg_metricid")!.Value, r => JsonRow.Text(r, "sg_code") ?? "");
        var currencies = (await Query(DataverseNames.Currencies, ["transactioncurrencyid", "isocurrencycode"], null, cancellationToken))
            .ToDictionary(r => JsonRow.Guid(r, "transactioncurrencyid")!.Value, r => JsonRow.Text(r, "isocurrencycode") ?? "");
        var (goals, contributionFilter) = await ReadGoalsAsync(request, metrics, currencies, cancellationToken);
        var kept = goals.Select(g => g.Id).ToHashSet();
        var ledger = contributionFilter is null ? [] : await Query(DataverseNames.Contributions, ["_sg_goalid_value", "sg_numerator", "sg_denominator", "sg_sourcedate"], contributionFilter, cancellationToken);
        var contributions = ledger
            .Where(r => JsonRow.Lookup(r, "sg_goalid") is { } goal && (request is null || kept.Contains(goal)))
            .Select(r => new ContributionRow(
                JsonRow.Lookup(r, "sg_goalid")!.Value,
                new MetricTotals(JsonRow.Decimal(r, "sg_numerator") ?? 0m, JsonRow.Decimal(r, "sg_denominator") ?? 0m),
                JsonRow.Date(r, "sg_sourcedate")))
            .ToList();
        var settingRows = await Query(DataverseNames.Settings, ["sg_timezone", "_sg_defaultcalendarid_value", "sg_atriskthreshold"], "statecode eq 0", cancellationToken);
        var settings = settingRows.Count > 0 ? settingRows[0] : null;
        var settingsThreshold = settings is null ? null : JsonRow.Decimal(settings, "sg_atriskthreshold");
        var settingsCalendar = settings is null ? null : JsonRow.Lookup(settings, "sg_defaultcalendarid");
        // The environment variables count where the settings row leaves the choice open, as in the plug-ins.
        var environment = settingsThreshold is null || settingsCalendar is null
            ? await EnvironmentVariableReader.ReadAsync(_client, cancellationToken)
            : EnvironmentDefaults.None;
        var people = await ReadPeopleAsync(cancellationToken);
        var teams = (await Query(DataverseNames.Teams, ["teamid", "name"], null, cancellationToken))
            .ToDictionary(r => JsonRow.Guid(r, "teamid")!.Value, r => JsonRow.Text(r, "name") ?? "");
        var playbooks = (await Query(DataverseNames.Playbooks, ["_sg_teamid_value", "sg_url"], "statecode eq 0", cancellationToken))
            .Where(r => JsonRow.Lookup(r, "sg_teamid").HasValue && JsonRow.Text(r, "sg_url") is { Length: > 0 })
            .GroupBy(r => JsonRow.Lookup(r, "sg_teamid")!.Value)
            .ToDictionary(g => g.Key, g => JsonRow.Text(g.First(), "sg_url")!);
        var weights = await ReadWeightsAsync(goals, settingsCalendar, environment.CalendarName, cancellationToken);
        return new ReportDataSet
        {
            Goals = goals,
            Contributions = contributions,
            People = people,
            Teams = teams,
            Weights = weights,
            Playbooks = playbooks,
            DefaultAtRiskThreshold = settingsThreshold,
            EnvironmentAtRiskThreshold = environment.AlertThreshold,
            TimeZone = new OrgTimeZone(PaceSettingsResolver.TimeZone(settings is null ? null : JsonRow.Text(settings, "sg_timezone"))),
        };
    }

    /// <returns>The goals, and the ledger filter (null: no goal, so no ledger row to read).</returns>
    private async Task<(List<GoalRow> Goals, string? ContributionFilter)> ReadGoalsAsync(
        ReportRequest? request, IReadOnlyDictionary<Guid, string> metrics, IReadOnlyDictionary<Guid, string> currencies, CancellationToken cancellationToken)
    {
        const string Live = "statecode eq 0";
        var goalFilter = $"{Live} and (sg_goalstatus eq {DataverseNames.GoalStatusActive} or sg_goalstatus eq {DataverseNames.GoalStatusClosed})";
        if (request is null)
        {
            return ((await Goals(goalFilter)).ToList(), Live);
        }

        var window = ReportWindow.For(request.Kind, request.AsOf);
        var current = (await Goals($"{goalFilter} and sg_periodstart le {request.AsOf} and sg_periodend ge {window.Start}")).ToList();
        if (current.Count == 0)
        {
            return (current, null);
        }

        var from = current.Min(g => g.Start);
        var earlier = (await Goals($"{goalFilter} and sg_periodstart ge {from} and sg_periodend lt {window.Start}")).ToDictionary(g => g.Id);
        var chosen = current.Select(g => g.Id).ToHashSet();
        var goals = new List<GoalRow>(current);
        foreach (var goal in earlier.Values)
        {
            // An earlier goal counts only below a current one (e.g. January under the quarter); the rest is another tree.
            for (var parent = goal.ParentId; parent is { } p; parent = earlier.TryGetValue(p, out var up) ? up.ParentId : null)
            {
                if (chosen.Contains(p))
                {
                    goals.Add(goal);
                    break;
                }
            }
        }

        return (goals, $"{Live} and (sg_sourcedate eq null or (sg_sourcedate ge {from} and sg_sourcedate le {request.AsOf}))");

        async Task<IEnumerable<GoalRow>> Goals(string filter) =>
            (await _client.QueryAsync(DataverseNames.Goals, new ODataQuery(GoalColumns, filter, FormattedValues: true), cancellationToken).ConfigureAwait(false))
                .Select(r => ReadGoal(r, metrics, currencies));
    }

    /// <summary>
    /// Only what telling people about alerts needs: the given goals and the goals above them (the team a goal sits under,
    /// for its playbook), people, teams and playbooks — no ledger and no calendars, since a notice shows each goal's stored
    /// figures. Reading the whole organization (every goal and ledger row) to tell about one alert cost the most.
    /// </summary>
    public async Task<ReportDataSet> ReadForGoalsAsync(IEnumerable<Guid> goalIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(goalIds);
        var metrics = (await Query(DataverseNames.Metrics, ["sg_metricid", "sg_code"], null, cancellationToken))
            .ToDictionary(r => JsonRow.Guid(r, "sg_metricid")!.Value, r => JsonRow.Text(r, "sg_code") ?? "");
        var currencies = (await Query(DataverseNames.Currencies, ["transactioncurrencyid", "isocurrencycode"], null, cancellationToken))
            .ToDictionary(r => JsonRow.Guid(r, "transactioncurrencyid")!.Value, r => JsonRow.Text(r, "isocurrencycode") ?? "");
        var goals = new Dictionary<Guid, GoalRow>();
        var asked = new HashSet<Guid>();
        var wanted = goalIds.Distinct().ToList();
        while (wanted.Count > 0)
        {
            asked.UnionWith(wanted);
            for (var i = 0; i < wanted.Count; i += IdsPerQuery)
            {
                var ids = string.Join(" or ", wanted.Skip(i).Take(IdsPerQuery).Select(id => $"sg_goalid eq {id:D}"));
                var filter = $"statecode eq 0 and (sg_goalstatus eq {DataverseNames.GoalStatusActive} or sg_goalstatus eq {DataverseNames.GoalStatusClosed}) and ({ids})";
                foreach (var row in await _client.QueryAsync(DataverseNames.Goals, new ODataQuery(GoalColumns, filter, FormattedValues: true), cancellationToken).ConfigureAwait(false))
                {
                    var goal = ReadGoal(row, metrics, currencies);
                    goals[goal.Id] = goal;
                }
            }

            wanted = goals.Values.Where(g => g.ParentId is { } p && !asked.Contains(p)).Select(g => g.ParentId!.Value).Distinct().ToList();
        }

        var settingRows = await Query(DataverseNames.Settings, ["sg_timezone", "_sg_defaultcalendarid_value", "sg_atriskthreshold"], "statecode eq 0", cancellationToken);
        var settings = settingRows.Count > 0 ? settingRows[0] : null;
        return new ReportDataSet
        {
            Goals = goals.Values.ToList(),
            Contributions = [],
            People = await ReadPeopleAsync(cancellationToken),
            Teams = (await Query(DataverseNames.Teams, ["teamid", "name"], null, cancellationToken))
                .ToDictionary(r => JsonRow.Guid(r, "teamid")!.Value, r => JsonRow.Text(r, "name") ?? ""),
            Weights = new Dictionary<Guid, DayWeights>(),
            Playbooks = (await Query(DataverseNames.Playbooks, ["_sg_teamid_value", "sg_url"], "statecode eq 0", cancellationToken))
                .Where(r => JsonRow.Lookup(r, "sg_teamid").HasValue && JsonRow.Text(r, "sg_url") is { Length: > 0 })
                .GroupBy(r => JsonRow.Lookup(r, "sg_teamid")!.Value)
                .ToDictionary(g => g.Key, g => JsonRow.Text(g.First(), "sg_url")!),
            // Nothing is computed from these here (a notice shows stored figures), so the environment variables are not read.
            DefaultAtRiskThreshold = settings is null ? null : JsonRow.Decimal(settings, "sg_atriskthreshold"),
            TimeZone = new OrgTimeZone(PaceSettingsResolver.TimeZone(settings is null ? null : JsonRow.Text(settings, "sg_timezone"))),
        };
    }

    private async Task<IReadOnlyDictionary<Guid, PersonRow>> ReadPeopleAsync(CancellationToken cancellationToken)
    {
        var languages = (await Query(DataverseNames.UserSettings, ["systemuserid", "uilanguageid"], null, cancellationToken))
            .Where(r => JsonRow.Guid(r, "systemuserid").HasValue)
            .ToDictionary(r => JsonRow.Guid(r, "systemuserid")!.Value, r => JsonRow.Int(r, "uilanguageid") ?? 0);
        return (await Query(DataverseNames.Users, ["systemuserid", "fullname", "internalemailaddress", "_parentsystemuserid_value"], null, cancellationToken))
            .Select(r =>
            {
                var id = JsonRow.Guid(r, "systemuserid")!.Value;
                return new PersonRow(id, JsonRow.Text(r, "fullname") ?? "", JsonRow.Text(r, "internalemailaddress"),
                    JsonRow.Lookup(r, "parentsystemuserid"), languages.TryGetValue(id, out var language) ? language : 0);
            })
            .ToDictionary(p => p.Id);
    }

    /// <param name="settingsCalendar">The settings row's default calendar.</param>
    /// <param name="environmentCalendar">The calendar name sg_DefaultCalendar gives: the first active calendar of that name.</param>
    private async Task<IReadOnlyDictionary<Guid, DayWeights>> ReadWeightsAsync(
        IReadOnlyList<GoalRow> goals, Guid? settingsCalendar, string? environmentCalendar, CancellationToken cancellationToken)
    {
        var (calendars, named) = await ReadCalendarsAsync(environmentCalendar, cancellationToken);
        var profiles = (await Query(DataverseNames.SeasonalityProfiles, ["sg_seasonalityprofileid", .. SeasonalityColumns], null, cancellationToken))
            .Select(r => (Id: JsonRow.Guid(r, "sg_seasonalityprofileid")!.Value, Weights: SeasonalityColumns.Select(c => JsonRow.Decimal(r, c) ?? 0m).ToArray()))
            // A profile with no positive weight carries no seasonality, as in the plug-ins (GoalCalendarRepository).
            .Where(p => p.Weights.Any(w => w > 0m) && p.Weights.All(w => w >= 0m))
            .ToDictionary(p => p.Id, p => new SeasonalityProfile(p.Id.ToString(), p.Weights));
        return goals.ToDictionary(g => g.Id, g =>
        {
            var calendarId = PaceSettingsResolver.CalendarId(g.CalendarId, settingsCalendar, () => named);
            var calendar = calendarId is { } c && calendars.TryGetValue(c, out var found) ? found : WorkingCalendar.MondayToFriday;
            var profile = g.SeasonalityProfileId is { } p && profiles.TryGetValue(p, out var seasonality) ? seasonality : null;
            return DayWeights.For(calendar, profile);
        });
    }

    private static readonly string[] SeasonalityColumns =
        Enumerable.Range(1, 12).Select(m => "sg_weight" + m.ToString("00", System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    /// <returns>Every calendar by id, and the id of the first active one named <paramref name="name"/>.</returns>
    private async Task<(IReadOnlyDictionary<Guid, WorkingCalendar> Calendars, Guid? Named)> ReadCalendarsAsync(string? name, CancellationToken cancellationToken)
    {
        Guid? named = null;
        var exceptions = (await Query(DataverseNames.CalendarExceptions, ["_sg_calendarid_value", "sg_date", "sg_isworkingday"], "statecode eq 0", cancellationToken))
            .Where(r => JsonRow.Lookup(r, "sg_calendarid").HasValue && JsonRow.Date(r, "sg_date").HasValue)
            .ToLookup(r => JsonRow.Lookup(r, "sg_calendarid")!.Value);
        var result = new Dictionary<Guid, WorkingCalendar>();
        foreach (var row in await Query(DataverseNames.Calendars, ["sg_workingdaycalendarid", "sg_weekenddays", "sg_name", "statecode"], null, cancellationToken))
        {
            var id = JsonRow.Guid(row, "sg_workingdaycalendarid")!.Value;
            if (named is null && name is not null && JsonRow.Int(row, "statecode") == 0 && string.Equals(JsonRow.Text(row, "sg_name"), name, StringComparison.OrdinalIgnoreCase))
            {
                named = id;
            }

            var weekend = JsonRow.Text(row, "sg_weekenddays") is { Length: > 0 } days
                ? days.Split(',').Select(d => (DayOfWeek)((int.Parse(d, System.Globalization.CultureInfo.InvariantCulture) - DataverseNames.WeekendMonday + 1) % 7)).ToList()
                : [DayOfWeek.Saturday, DayOfWeek.Sunday];
            // Two rows for one date that disagree: an extra working day wins, as in the plug-ins.
            var dates = exceptions[id]
                .GroupBy(r => JsonRow.Date(r, "sg_date")!.Value)
                .ToDictionary(g => g.Key, g => g.Any(r => JsonRow.Bool(r, "sg_isworkingday") ?? false));
            result[id] = new WorkingCalendar(
                id.ToString(),
                Enum.GetValues<DayOfWeek>().Where(d => !weekend.Contains(d)),
                dates.Where(d => !d.Value).Select(d => d.Key),
                dates.Where(d => d.Value).Select(d => d.Key));
        }

        return (result, named);
    }

    private static GoalRow ReadGoal(JsonObject row, IReadOnlyDictionary<Guid, string> metrics, IReadOnlyDictionary<Guid, string> currencies)
    {
        var metric = JsonRow.Lookup(row, "sg_metricid");
        var currency = JsonRow.Lookup(row, "transactioncurrencyid");
        return new GoalRow
        {
            Id = JsonRow.Guid(row, "sg_goalid")!.Value,
            Name = JsonRow.Text(row, "sg_name") ?? "",
            ParentId = JsonRow.Lookup(row, "sg_parentgoalid"),
            AssigneeUserId = JsonRow.Lookup(row, "sg_assigneeuserid"),
            AssigneeTeamId = JsonRow.Lookup(row, "sg_assigneeteamid"),
            ManagerId = JsonRow.Lookup(row, "sg_managerid"),
            MetricCode = metric is { } m && metrics.TryGetValue(m, out var code) ? code : null,
            CurrencyCode = currency is { } c && currencies.TryGetValue(c, out var iso) ? iso : null,
            PeriodType = PeriodTypeOf(JsonRow.Int(row, "sg_periodtype")),
            Start = JsonRow.Date(row, "sg_periodstart") ?? LocalDate.MinValue,
            End = JsonRow.Date(row, "sg_periodend") ?? LocalDate.MinValue,
            Base = JsonRow.Decimal(row, "sg_basevalue"),
            Target = JsonRow.Decimal(row, "sg_targetvalue") ?? 0m,
            Stretch = JsonRow.Decimal(row, "sg_stretchvalue"),
            SplitAxis = Choice(row, "sg_splitaxis", SplitAxis.None),
            GoalStatus = JsonRow.Int(row, "sg_goalstatus") ?? 0,
            AtRiskThreshold = JsonRow.Decimal(row, "sg_atriskthreshold"),
            CalendarId = JsonRow.Lookup(row, "sg_calendarid"),
            SeasonalityProfileId = JsonRow.Lookup(row, "sg_seasonalityprofileid"),
            ProductLine = Formatted(row, "sg_productline"),
            Region = Formatted(row, "sg_region"),
            CustomerSegment = Formatted(row, "sg_customersegment"),
            Stored = new StoredFigures
            {
                Actual = JsonRow.Decimal(row, "sg_actual"),
                AttainmentPercent = JsonRow.Decimal(row, "sg_attainmentpct"),
                ExpectedToDate = JsonRow.Decimal(row, "sg_expectedtodate"),
                PaceGapPercent = JsonRow.Decimal(row, "sg_pacegap"),
                Status = JsonRow.Int(row, "sg_pacestatus") is { } s ? (ProgressStatus)(s - DataverseNames.FirstOption) : null,
                Tier = JsonRow.Int(row, "sg_tier") is { } t ? (Tier)(t - DataverseNames.FirstOption) : null,
            },
        };
    }

    // sg_periodtype: 100000000 Year, …01 Quarter, …02 Month, …03 Week, …04 Day, else Custom (as the plug-ins' GoalMapper).
    private static PeriodType PeriodTypeOf(int? value) => value switch
    {
        100_000_000 => PeriodType.Year,
        100_000_001 => PeriodType.Quarter,
        100_000_002 => PeriodType.Month,
        100_000_003 => PeriodType.Week,
        100_000_004 => PeriodType.Day,
        _ => PeriodType.Custom,
    };

    private static TEnum Choice<TEnum>(JsonObject row, string column, TEnum fallback)
        where TEnum : struct, Enum =>
        JsonRow.Int(row, column) is { } value ? (TEnum)Enum.ToObject(typeof(TEnum), value - DataverseNames.FirstOption) : fallback;

    private static string? Formatted(JsonObject row, string column) =>
        JsonRow.Int(row, column).HasValue ? JsonRow.Text(row, column + "@" + DataverseWebApiClient.FormattedValueAnnotation) : null;

    private async Task<IReadOnlyList<JsonObject>> Query(string entitySet, IReadOnlyList<string> columns, string? filter, CancellationToken cancellationToken) =>
        await _client.QueryAsync(entitySet, new ODataQuery(columns, filter), cancellationToken).ConfigureAwait(false);
}
