using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SalesGoals.Crm.Cli.Plan.Model;
using L = SalesGoals.Crm.Cli.Plan.Reading.PlanWorkbookLayout;

namespace SalesGoals.Crm.Cli.Plan.Reading;

/// <summary>
/// Reads a plan workbook (Open XML SDK) into the same document as a YAML/JSON plan, remembering which cell each value
/// came from so that every problem names its cell (e.g. <c>Reps!C4</c>).
/// </summary>
public static class PlanWorkbookReader
{
    public sealed record Result(JsonObject Document, Func<string, string> Locate, IReadOnlyList<PlanProblem> Problems);

    public static Result Read(string path)
    {
        using var package = SpreadsheetDocument.Open(path, isEditable: false);
        var book = package.WorkbookPart ?? throw new FormatException("The file has no workbook part.");
        var sheets = book.Workbook.Sheets?.Elements<Sheet>().ToDictionary(s => s.Name?.Value ?? string.Empty, s => s, StringComparer.OrdinalIgnoreCase)
            ?? new Dictionary<string, Sheet>(StringComparer.OrdinalIgnoreCase);
        var strings = book.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<PlanProblem>();
        var document = new JsonObject();

        List<(int Row, string?[] Values)> Rows(string name, string[] header, bool required)
        {
            if (!sheets.TryGetValue(name, out var sheet))
            {
                if (required)
                {
                    problems.Add(new PlanProblem(name, PlanTexts.XlsxMissingSheet, [name]));
                }

                return [];
            }

            var part = (WorksheetPart)book.GetPartById(sheet.Id!.Value!);
            var rows = part.Worksheet.Descendants<Row>()
                .Select(r => ((int)r.RowIndex!.Value, Values(r, strings, header.Length)))
                .Where(r => r.Item2.Any(v => !string.IsNullOrWhiteSpace(v)))
                .ToList();
            if (header.Length > 0)
            {
                if (rows.Count == 0 || !rows[0].Item2.Select(v => v?.Trim()).SequenceEqual(header, StringComparer.OrdinalIgnoreCase))
                {
                    problems.Add(new PlanProblem(name + "!A1", PlanTexts.XlsxHeader, [string.Join(" | ", header)]));
                    return [];
                }

                rows.RemoveAt(0);
            }

            return rows;
        }

        JsonValue Cell(string sheet, int column, int row, string jsonPath, string text)
        {
            cells[jsonPath] = $"{sheet}!{(char)('A' + column)}{row.ToString(CultureInfo.InvariantCulture)}";
            return JsonValue.Create(text);
        }

        foreach (var (row, values) in Rows(L.PlanSheet, [], required: true))
        {
            var key = values.ElementAtOrDefault(0)?.Trim();
            var value = values.ElementAtOrDefault(1)?.Trim();
            if (string.IsNullOrEmpty(key) || string.IsNullOrEmpty(value))
            {
                continue;
            }

            switch (key)
            {
                case "seasonality":
                    Section(document, "seasonality")["name"] = Cell(L.PlanSheet, 1, row, "seasonality.name", value);
                    break;
                case "calendar":
                    Section(document, "calendar")["name"] = Cell(L.PlanSheet, 1, row, "calendar.name", value);
                    break;
                case "weekend":
                    Section(document, "calendar")["weekend"] = List(value, "calendar.weekend", i => Cell(L.PlanSheet, 1, row, $"calendar.weekend[{i}]", string.Empty));
                    cells["calendar.weekend"] = $"{L.PlanSheet}!B{row}";
                    break;
                case "lockedLevels" or "ramp":
                    document[key] = List(value, key, i => Cell(L.PlanSheet, 1, row, $"{key}[{i}]", string.Empty));
                    cells[key] = $"{L.PlanSheet}!B{row}";
                    break;
                default:
                    document[key] = Cell(L.PlanSheet, 1, row, key, value);
                    cells[key] = $"{L.PlanSheet}!B{row}";
                    break;
            }
        }

        var weights = new JsonArray();
        foreach (var (row, values) in Rows(L.SeasonalitySheet, L.SeasonalityHeader, required: false))
        {
            weights.Add(Cell(L.SeasonalitySheet, 1, row, $"seasonality.weights[{weights.Count}]", values[1] ?? string.Empty));
        }

        if (weights.Count > 0)
        {
            Section(document, "seasonality")["weights"] = weights;
            cells["seasonality.weights"] = L.SeasonalitySheet;
        }

        var holidays = new JsonArray();
        var working = new JsonArray();
        foreach (var (row, values) in Rows(L.CalendarSheet, L.CalendarHeader, required: false))
        {
            var isWorking = string.Equals(values[1]?.Trim(), L.WorkingDayKind, StringComparison.OrdinalIgnoreCase) || values[1]?.Trim() == "工作日";
            var list = isWorking ? working : holidays;
            var key = isWorking ? "workingDays" : "holidays";
            list.Add(Cell(L.CalendarSheet, 0, row, $"calendar.{key}[{list.Count}]", DateText(values[0])));
        }

        if (holidays.Count > 0 || working.Count > 0)
        {
            Section(document, "calendar")["holidays"] = holidays;
            Section(document, "calendar")["workingDays"] = working;
        }

        var splits = new JsonArray();
        foreach (var (row, values) in Rows(L.SplitsSheet, L.SplitsHeader, required: false))
        {
            var dimension = values[0]?.Trim() ?? string.Empty;
            var split = splits.OfType<JsonObject>().FirstOrDefault(s => string.Equals(s["dimension"]?.ToString(), dimension, StringComparison.OrdinalIgnoreCase));
            if (split is null)
            {
                split = new JsonObject { ["dimension"] = Cell(L.SplitsSheet, 0, row, $"splits[{splits.Count}].dimension", dimension), ["shares"] = new JsonObject() };
                splits.Add(split);
            }

            var index = splits.IndexOf(split);
            var label = values[1]?.Trim() ?? string.Empty;
            ((JsonObject)split["shares"]!)[label] = Cell(L.SplitsSheet, 2, row, $"splits[{index}].shares.{label}", values[2] ?? string.Empty);
        }

        if (splits.Count > 0)
        {
            document["splits"] = splits;
        }

        var teams = new JsonArray();
        foreach (var (row, values) in Rows(L.TeamsSheet, L.TeamsHeader, required: true))
        {
            var i = teams.Count;
            var team = new JsonObject { ["name"] = Cell(L.TeamsSheet, 0, row, $"teams[{i}].name", values[0] ?? string.Empty), ["reps"] = new JsonArray() };
            cells[$"teams[{i}]"] = $"{L.TeamsSheet}!A{row}";
            cells[$"teams[{i}].reps"] = $"{L.TeamsSheet}!A{row}";
            if (!string.IsNullOrWhiteSpace(values[1]))
            {
                team["share"] = Cell(L.TeamsSheet, 1, row, $"teams[{i}].share", values[1]!);
            }

            if (!string.IsNullOrWhiteSpace(values[2]))
            {
                team["manager"] = Cell(L.TeamsSheet, 2, row, $"teams[{i}].manager", values[2]!);
            }

            teams.Add(team);
        }

        document["teams"] = teams;
        cells["teams"] = L.TeamsSheet;
        foreach (var (row, values) in Rows(L.RepsSheet, L.RepsHeader, required: true))
        {
            var teamName = values[0]?.Trim() ?? string.Empty;
            var team = teams.OfType<JsonObject>().FirstOrDefault(t => string.Equals(t["name"]?.ToString().Trim(), teamName, StringComparison.OrdinalIgnoreCase));
            if (team is null)
            {
                problems.Add(new PlanProblem($"{L.RepsSheet}!A{row}", PlanTexts.UnknownRepTeam, [teamName]));
                continue;
            }

            var t = teams.IndexOf(team);
            var reps = (JsonArray)team["reps"]!;
            var r = reps.Count;
            var repPath = $"teams[{t}].reps[{r}]";
            var rep = new JsonObject { ["user"] = Cell(L.RepsSheet, 1, row, repPath + ".user", values[1] ?? string.Empty) };
            cells[repPath] = $"{L.RepsSheet}!A{row}";
            if (!string.IsNullOrWhiteSpace(values[2]))
            {
                rep["capacity"] = Cell(L.RepsSheet, 2, row, repPath + ".capacity", values[2]!);
            }

            if (!string.IsNullOrWhiteSpace(values[3]))
            {
                rep["hireDate"] = Cell(L.RepsSheet, 3, row, repPath + ".hireDate", DateText(values[3]));
            }

            reps.Add(rep);
        }

        string Locate(string jsonPath)
        {
            // The cell of the value itself, else of the nearest enclosing setting.
            for (var candidate = jsonPath; candidate.Length > 0; candidate = Parent(candidate))
            {
                if (cells.TryGetValue(candidate, out var cell))
                {
                    return cell;
                }
            }

            return L.PlanSheet;
        }

        return new Result(document, Locate, problems);
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? string.Empty : path[..cut];
    }

    private static JsonObject Section(JsonObject document, string key) =>
        document[key] as JsonObject ?? (JsonObject)(document[key] = new JsonObject());

    private static JsonArray List(string value, string key, Func<int, JsonValue> cellOf)
    {
        var list = new JsonArray();
        foreach (var item in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            cellOf(list.Count);
            list.Add(JsonValue.Create(item));
        }

        return list;
    }

    // Cell values by column (A = 0): shared strings, inline strings, numbers as invariant text, dates as yyyy-MM-dd.
    private static string?[] Values(Row row, List<string> strings, int width)
    {
        var values = new string?[Math.Max(width, 2)];
        foreach (var cell in row.Elements<Cell>())
        {
            var reference = cell.CellReference?.Value ?? string.Empty;
            var column = reference.TakeWhile(char.IsAsciiLetter).Aggregate(0, (n, c) => (n * 26) + (char.ToUpperInvariant(c) - 'A' + 1)) - 1;
            if (column < 0 || column >= values.Length)
            {
                continue;
            }

            var raw = cell.CellValue?.Text;
            values[column] = cell.DataType?.Value == CellValues.SharedString && int.TryParse(raw, CultureInfo.InvariantCulture, out var index) && index < strings.Count
                ? strings[index]
                : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText
                : cell.DataType?.Value == CellValues.Date && DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : raw;
        }

        return values;
    }

    // Excel stores a typed date as a serial number (with a date style); the plan's date columns accept both that and text.
    private static string DateText(string? text) =>
        text is not null && !text.Contains('-', StringComparison.Ordinal) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial)
            && serial is > 0 and < 2958466
            ? DateTime.FromOADate(serial).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : text ?? string.Empty;
}
