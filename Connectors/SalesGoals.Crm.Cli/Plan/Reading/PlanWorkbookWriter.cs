using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using L = SalesGoals.Crm.Cli.Plan.Reading.PlanWorkbookLayout;

namespace SalesGoals.Crm.Cli.Plan.Reading;

/// <summary>Writes a plan document (the YAML/JSON shape) as a workbook in the layout <see cref="PlanWorkbookReader"/> reads (<c>plan convert</c>).</summary>
public static class PlanWorkbookWriter
{
    public static void Write(JsonObject plan, string path)
    {
        ArgumentNullException.ThrowIfNull(plan);
        using var package = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var book = package.AddWorkbookPart();
        book.Workbook = new Workbook(new Sheets());

        var settings = new List<object?[]>();
        foreach (var (key, value) in plan)
        {
            switch (key)
            {
                case "seasonality" or "calendar" or "splits" or "teams":
                    break;
                case "lockedLevels" or "ramp":
                    settings.Add([key, string.Join(", ", (value as JsonArray ?? []).Select(Text))]);
                    break;
                default:
                    settings.Add([key, Scalar(value)]);
                    break;
            }
        }

        var seasonality = plan["seasonality"] as JsonObject;
        if (seasonality is not null)
        {
            settings.Add(["seasonality", Text(seasonality["name"])]);
        }

        var calendar = plan["calendar"] as JsonObject;
        if (calendar is not null)
        {
            settings.Add(["calendar", Text(calendar["name"])]);
            if (calendar["weekend"] is JsonArray weekend)
            {
                settings.Add(["weekend", string.Join(", ", weekend.Select(Text))]);
            }
        }

        Sheet(book, L.PlanSheet, null, settings);
        if (seasonality?["weights"] is JsonArray weights)
        {
            Sheet(book, L.SeasonalitySheet, L.SeasonalityHeader, weights.Select((w, i) => new object?[] { i + 1, Scalar(w) }));
        }

        if (calendar is not null)
        {
            var rows = (calendar["holidays"] as JsonArray ?? []).Select(d => new object?[] { Text(d), L.HolidayKind })
                .Concat((calendar["workingDays"] as JsonArray ?? []).Select(d => new object?[] { Text(d), L.WorkingDayKind }));
            Sheet(book, L.CalendarSheet, L.CalendarHeader, rows);
        }

        if (plan["splits"] is JsonArray splits)
        {
            Sheet(book, L.SplitsSheet, L.SplitsHeader, splits.OfType<JsonObject>().SelectMany(s =>
                (s["shares"] as JsonObject ?? []).Select(share => new object?[] { Text(s["dimension"]), share.Key, Scalar(share.Value) })));
        }

        var teams = (plan["teams"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        Sheet(book, L.TeamsSheet, L.TeamsHeader, teams.Select(t => new object?[] { Text(t["name"]), Scalar(t["share"]), Text(t["manager"]) }));
        Sheet(book, L.RepsSheet, L.RepsHeader, teams.SelectMany(t => (t["reps"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(r => new object?[] { Text(t["name"]), Text(r["user"]), Scalar(r["capacity"]), Text(r["hireDate"]) })));
        book.Workbook.Save();
    }

    private static void Sheet(WorkbookPart book, string name, string[]? header, IEnumerable<object?[]> rows)
    {
        var part = book.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        var index = 0u;
        foreach (var values in (header is null ? [] : new[] { header.Cast<object?>().ToArray() }).Concat(rows))
        {
            index++;
            var row = new Row { RowIndex = index };
            for (var c = 0; c < values.Length; c++)
            {
                if (values[c] is null || (values[c] is string s && s.Length == 0))
                {
                    continue;
                }

                var reference = $"{(char)('A' + c)}{index.ToString(CultureInfo.InvariantCulture)}";
                row.Append(values[c] switch
                {
                    decimal or int => new Cell
                    {
                        CellReference = reference,
                        DataType = CellValues.Number,
                        CellValue = new CellValue(Convert.ToString(values[c], CultureInfo.InvariantCulture)!),
                    },
                    _ => new Cell
                    {
                        CellReference = reference,
                        DataType = CellValues.InlineString,
                        InlineString = new InlineString(new Text(values[c]!.ToString()!)),
                    },
                });
            }

            data.Append(row);
        }

        part.Worksheet = new Worksheet(data);
        var sheets = book.Workbook.Sheets!;
        sheets.Append(new Sheet { Id = book.GetIdOfPart(part), SheetId = (uint)sheets.ChildElements.Count + 1, Name = name });
    }

    private static string Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : node?.ToJsonString() ?? string.Empty;

    // Numbers stay numbers in the workbook (what a person types in Excel), the rest text.
    private static object? Scalar(JsonNode? node)
    {
        var text = Text(node);
        return node is null ? null
            : decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) && !text.Contains('-', StringComparison.Ordinal) ? number
            : text;
    }
}
