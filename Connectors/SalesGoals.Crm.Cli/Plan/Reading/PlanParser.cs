using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using SalesGoals.Crm.Cli.Plan.Model;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.GoalEngine.Time;
using static SalesGoals.Crm.Cli.Plan.Reading.PlanNodeReader;

namespace SalesGoals.Crm.Cli.Plan.Reading;

/// <summary>Turns a plan document (from YAML, JSON or a workbook) into a <see cref="PlanDefinition"/>, listing every problem at once.</summary>
public static class PlanParser
{
    private static readonly string[] TopKeys =
    [
        "name", "metric", "currency", "year", "fiscalStartMonth", "target", "base", "stretch", "overAssignmentPercent", "status",
        "depth", "lockedLevels", "manager", "seasonality", "calendar", "ramp", "splits", "teams",
    ];

    public static PlanReadResult Parse(JsonNode? document, Func<string, string>? locate = null)
    {
        var reader = new PlanNodeReader(locate ?? (path => path.Length == 0 ? "(plan)" : path));
        var root = reader.Object(document, string.Empty, required: true);
        if (root is null)
        {
            return new PlanReadResult(null, reader.Problems);
        }

        reader.RejectUnknown(root, string.Empty, TopKeys);
        var name = reader.Text(root, "name", string.Empty, required: true);
        var metric = reader.Text(root, "metric", string.Empty, required: true);
        var precision = 2;
        if (metric is not null)
        {
            if (!MetricPresets.TryGet(metric, out var preset))
            {
                reader.Problem("metric", PlanTexts.UnknownMetric, metric, string.Join(", ", MetricPresets.All.Select(p => p.Code)));
            }
            else if (preset.Kind == MetricKind.Ratio)
            {
                reader.Problem("metric", PlanTexts.RatioMetric, metric);
            }
            else
            {
                precision = preset.FixedPrecision ?? 2;
            }
        }

        var currency = reader.Text(root, "currency", string.Empty, required: true);
        if (currency is not null && (currency.Length != 3 || !currency.All(char.IsAsciiLetter)))
        {
            reader.Problem("currency", PlanTexts.BadCurrency, currency);
        }

        var year = Range(reader, reader.Whole(root, "year", string.Empty, required: true), "year", 2000, 2100);
        var fiscalStart = Range(reader, reader.Whole(root, "fiscalStartMonth", string.Empty, required: false), "fiscalStartMonth", 1, 12) ?? 1;
        var target = Amount(reader, root, "target", precision, required: true);
        var baseValue = Amount(reader, root, "base", precision, required: false);
        var stretch = Amount(reader, root, "stretch", precision, required: false);
        if (target is > 0m && ((baseValue is { } b && b > target) || (stretch is { } s && s < target)))
        {
            reader.Problem("target", PlanTexts.TierOrder, baseValue, target, stretch);
        }

        var overAssignment = reader.Number(root, "overAssignmentPercent", string.Empty, required: false) ?? 0m;
        if (overAssignment is < 0m or > 100m)
        {
            reader.Problem("overAssignmentPercent", PlanTexts.OutOfRange, 0, 100, overAssignment);
        }

        var activate = true;
        if (reader.Text(root, "status", string.Empty, required: false) is { } status)
        {
            activate = status.ToUpperInvariant() switch
            {
                "ACTIVE" => true,
                "DRAFT" => false,
                _ => Report(reader, "status", PlanTexts.UnknownStatus, status),
            };
        }

        var depth = PeriodType.Month;
        if (reader.Text(root, "depth", string.Empty, required: false) is { } depthText && !TryLevel(depthText, out depth))
        {
            reader.Problem("depth", PlanTexts.UnknownDepth, depthText);
        }

        var locked = new List<PeriodType> { PeriodType.Year, PeriodType.Quarter };
        if (reader.Array(root["lockedLevels"], "lockedLevels", required: false) is { } levels)
        {
            locked.Clear();
            for (var i = 0; i < levels.Count; i++)
            {
                var text = levels[i] is JsonValue v ? v.ToString() : string.Empty;
                if (TryLevel(text, out var level))
                {
                    locked.Add(level);
                }
                else
                {
                    reader.Problem(Item("lockedLevels", i), PlanTexts.UnknownLevel, text);
                }
            }
        }

        var manager = Email(reader, root, "manager", string.Empty, required: false);
        var seasonality = Seasonality(reader, root);
        var calendar = Calendar(reader, root, year);
        var ramp = Ramp(reader, root);
        var splits = Splits(reader, root);
        var teams = Teams(reader, root);

        if (reader.Problems.Count > 0 || name is null || metric is null || currency is null || year is null || target is null)
        {
            return new PlanReadResult(null, reader.Problems);
        }

        return new PlanReadResult(new PlanDefinition
        {
            Name = name,
            Metric = metric,
            Currency = currency.ToUpperInvariant(),
            Year = year.Value,
            FiscalStartMonth = fiscalStart,
            Target = target.Value,
            Base = baseValue,
            Stretch = stretch,
            Precision = precision,
            OverAssignmentPercent = overAssignment,
            Activate = activate,
            Depth = depth,
            LockedLevels = locked.Distinct().ToList(),
            Manager = manager,
            Seasonality = seasonality,
            Calendar = calendar,
            Ramp = ramp,
            Splits = splits,
            Teams = teams,
        }, reader.Problems);
    }

    public static bool TryLevel(string text, out PeriodType level)
    {
        switch ((text ?? string.Empty).Trim().ToUpperInvariant())
        {
            case "YEAR" or "年":
                level = PeriodType.Year;
                return true;
            case "QUARTER" or "季度":
                level = PeriodType.Quarter;
                return true;
            case "MONTH" or "月":
                level = PeriodType.Month;
                return true;
            case "WEEK" or "周":
                level = PeriodType.Week;
                return true;
            case "DAY" or "日":
                level = PeriodType.Day;
                return true;
            default:
                level = PeriodType.Custom;
                return false;
        }
    }

    private static bool Report(PlanNodeReader reader, string path, Localization.LocalText text, string value)
    {
        reader.Problem(path, text, value);
        return true;
    }

    private static int? Range(PlanNodeReader reader, int? value, string path, int min, int max)
    {
        if (value is { } v && (v < min || v > max))
        {
            reader.Problem(path, PlanTexts.OutOfRange, min, max, v);
            return null;
        }

        return value;
    }

    private static decimal? Amount(PlanNodeReader reader, JsonObject owner, string key, int precision, bool required, string path = "")
    {
        var at = Child(path, key);
        var value = reader.Number(owner, key, path, required);
        if (value is null)
        {
            return null;
        }

        if (value <= 0m)
        {
            reader.Problem(at, PlanTexts.MustBePositive, value);
            return null;
        }

        if (decimal.Round(value.Value, precision) != value.Value)
        {
            reader.Problem(at, PlanTexts.TooManyDecimals, value, precision);
            return null;
        }

        return value;
    }

    private static string? Email(PlanNodeReader reader, JsonObject owner, string key, string path, bool required)
    {
        var text = reader.Text(owner, key, path, required);
        if (text is not null && (text.IndexOf('@', StringComparison.Ordinal) <= 0 || text.Contains(' ', StringComparison.Ordinal)))
        {
            reader.Problem(Child(path, key), PlanTexts.NotEmail, text);
            return null;
        }

        return text;
    }

    private static PlanSeasonality? Seasonality(PlanNodeReader reader, JsonObject root)
    {
        if (reader.Object(root["seasonality"], "seasonality", required: false) is not { } section)
        {
            return null;
        }

        reader.RejectUnknown(section, "seasonality", "name", "weights");
        var name = reader.Text(section, "name", "seasonality", required: true);
        var weights = new List<decimal>();
        if (reader.Array(section["weights"], "seasonality.weights", required: true) is { } list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                var at = Item("seasonality.weights", i);
                if (reader.Number(list[i], at, required: true) is { } weight)
                {
                    if (weight < 0m)
                    {
                        reader.Problem(at, PlanTexts.MustNotBeNegative, weight);
                    }

                    weights.Add(weight);
                }
            }

            if (list.Count != 12)
            {
                reader.Problem("seasonality.weights", PlanTexts.WeightsCount, list.Count);
            }
            else if (weights.Count == 12 && weights.All(w => w <= 0m))
            {
                reader.Problem("seasonality.weights", PlanTexts.WeightsAllZero);
            }
        }

        return name is null ? null : new PlanSeasonality(name, weights);
    }

    private static PlanCalendar? Calendar(PlanNodeReader reader, JsonObject root, int? year)
    {
        if (reader.Object(root["calendar"], "calendar", required: false) is not { } section)
        {
            return null;
        }

        reader.RejectUnknown(section, "calendar", "name", "weekend", "holidays", "workingDays");
        var name = reader.Text(section, "name", "calendar", required: true);
        var weekend = new List<DayOfWeek>();
        if (reader.Array(section["weekend"], "calendar.weekend", required: false) is { } days)
        {
            for (var i = 0; i < days.Count; i++)
            {
                var text = days[i]?.ToString() ?? string.Empty;
                if (Enum.TryParse<DayOfWeek>(text.Trim(), ignoreCase: true, out var day) && Enum.IsDefined(day) && !int.TryParse(text, out _))
                {
                    weekend.Add(day);
                }
                else
                {
                    reader.Problem(Item("calendar.weekend", i), PlanTexts.UnknownDay, text);
                }
            }
        }
        else
        {
            weekend.AddRange([DayOfWeek.Saturday, DayOfWeek.Sunday]);
        }

        var holidays = Dates(reader, section, "holidays", year);
        var working = Dates(reader, section, "workingDays", year);
        foreach (var both in holidays.Intersect(working))
        {
            reader.Problem("calendar.workingDays", PlanTexts.HolidayAndWorkingDay, both);
        }

        return name is null ? null : new PlanCalendar(name, weekend.Distinct().ToList(), holidays, working);
    }

    private static List<LocalDate> Dates(PlanNodeReader reader, JsonObject section, string key, int? year)
    {
        var dates = new List<LocalDate>();
        var path = "calendar." + key;
        if (reader.Array(section[key], path, required: false) is not { } list)
        {
            return dates;
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (reader.Date(list[i], Item(path, i), required: true) is { } date)
            {
                if (year is { } y && date.Year != y)
                {
                    reader.Problem(Item(path, i), PlanTexts.DateOutsideYear, date, y);
                }

                dates.Add(date);
            }
        }

        return dates;
    }

    private static List<decimal> Ramp(PlanNodeReader reader, JsonObject root)
    {
        var ramp = new List<decimal>();
        if (reader.Array(root["ramp"], "ramp", required: false) is not { } list)
        {
            return ramp;
        }

        for (var i = 0; i < list.Count; i++)
        {
            var at = Item("ramp", i);
            if (reader.Number(list[i], at, required: true) is { } factor)
            {
                if (factor is <= 0m or > 1m)
                {
                    reader.Problem(at, PlanTexts.OutOfRange, "0 (excl.)", 1, factor);
                }

                ramp.Add(factor);
            }
        }

        return ramp;
    }

    private static List<PlanSplit> Splits(PlanNodeReader reader, JsonObject root)
    {
        var splits = new List<PlanSplit>();
        if (reader.Array(root["splits"], "splits", required: false) is not { } list)
        {
            return splits;
        }

        for (var i = 0; i < list.Count; i++)
        {
            var path = Item("splits", i);
            if (reader.Object(list[i], path, required: true) is not { } split)
            {
                continue;
            }

            reader.RejectUnknown(split, path, "dimension", "shares");
            var kindText = reader.Text(split, "dimension", path, required: true);
            DimensionKind kind = default;
            var known = kindText is not null && DimensionCatalog.TryParseKind(kindText, out kind);
            if (kindText is not null && !known)
            {
                reader.Problem(Child(path, "dimension"), PlanTexts.UnknownDimension, kindText);
            }
            else if (known && splits.Any(s => s.Dimension == kind))
            {
                reader.Problem(Child(path, "dimension"), PlanTexts.DimensionTwice, kindText);
            }

            var shares = new List<PlanShare>();
            var sharesPath = Child(path, "shares");
            if (reader.Object(split["shares"], sharesPath, required: true) is { } map)
            {
                if (map.Count == 0)
                {
                    reader.Problem(sharesPath, PlanTexts.NoEntries);
                }

                foreach (var (label, node) in map)
                {
                    var at = Child(sharesPath, label);
                    var share = reader.Number(node, at, required: true);
                    if (share is <= 0m)
                    {
                        reader.Problem(at, PlanTexts.MustBePositive, share);
                    }

                    if (!known)
                    {
                        continue;
                    }

                    if (!DimensionCatalog.TryFind(kind, label, out var value))
                    {
                        reader.Problem(at, PlanTexts.UnknownDimensionValue, label, kindText, DimensionCatalog.Labels(kind));
                    }
                    else if (shares.Any(s => s.OptionValue == value.Value))
                    {
                        reader.Problem(at, PlanTexts.DuplicateValue, label);
                    }
                    else if (share is > 0m)
                    {
                        shares.Add(new PlanShare(value.Value, value.English, share.Value));
                    }
                }
            }

            if (known)
            {
                splits.Add(new PlanSplit(kind, shares));
            }
        }

        return splits;
    }

    private static List<PlanTeam> Teams(PlanNodeReader reader, JsonObject root)
    {
        var teams = new List<PlanTeam>();
        if (reader.Array(root["teams"], "teams", required: true) is not { } list)
        {
            return teams;
        }

        if (list.Count == 0)
        {
            reader.Problem("teams", PlanTexts.NoEntries);
        }

        var repTeams = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < list.Count; i++)
        {
            var path = Item("teams", i);
            if (reader.Object(list[i], path, required: true) is not { } team)
            {
                continue;
            }

            reader.RejectUnknown(team, path, "name", "share", "manager", "reps");
            var name = reader.Text(team, "name", path, required: true);
            if (name is not null && teams.Any(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                reader.Problem(Child(path, "name"), PlanTexts.DuplicateValue, name);
            }

            var share = reader.Number(team, "share", path, required: false);
            if (share is <= 0m)
            {
                reader.Problem(Child(path, "share"), PlanTexts.MustBePositive, share);
            }

            var manager = Email(reader, team, "manager", path, required: false);
            var reps = new List<PlanRep>();
            var repsPath = Child(path, "reps");
            if (reader.Array(team["reps"], repsPath, required: true) is { } repList)
            {
                if (repList.Count == 0)
                {
                    reader.Problem(repsPath, PlanTexts.NoEntries);
                }

                for (var r = 0; r < repList.Count; r++)
                {
                    var repPath = Item(repsPath, r);
                    if (reader.Object(repList[r], repPath, required: true) is not { } rep)
                    {
                        continue;
                    }

                    reader.RejectUnknown(rep, repPath, "user", "capacity", "hireDate");
                    var user = Email(reader, rep, "user", repPath, required: true);
                    var capacity = reader.Number(rep, "capacity", repPath, required: false) ?? 1m;
                    if (capacity is < 0m or > 10m)
                    {
                        reader.Problem(Child(repPath, "capacity"), PlanTexts.OutOfRange, 0, 10, capacity);
                    }

                    var hire = rep["hireDate"] is null ? null : reader.Date(rep["hireDate"], Child(repPath, "hireDate"), required: false);
                    if (user is not null)
                    {
                        if (repTeams.TryGetValue(user, out var otherTeam))
                        {
                            reader.Problem(Child(repPath, "user"), PlanTexts.RepInTwoTeams, user, otherTeam);
                        }
                        else
                        {
                            repTeams[user] = name ?? path;
                            reps.Add(new PlanRep(user, capacity, hire));
                        }
                    }
                }
            }

            if (name is not null)
            {
                teams.Add(new PlanTeam(name, share, manager, reps));
            }
        }

        var withShare = list.OfType<JsonObject>().Count(t => t["share"] is not null);
        if (withShare > 0 && withShare < list.Count)
        {
            reader.Problem("teams", PlanTexts.TeamSharesAllOrNone);
        }

        return teams;
    }
}
