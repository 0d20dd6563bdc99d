using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SalesGoals.Crm.Reporting.Reports;

namespace SalesGoals.Crm.Reporting.Output;

/// <summary>
/// Writes a report as an .xlsx workbook (Open XML SDK): sheet 1 every goal, sheet 2 the behind-pace list. Each sheet has
/// the title in A1, the date in A2, the column headers in row 4 and one goal per row from row 5. Figures are numeric cells
/// (amounts #,##0.00, counts #,##0, percentages 0.00"%") so a manager can sort, sum and chart them.
/// </summary>
public static class XlsxReportWriter
{
    public const int HeaderRow = 4;
    private const uint BoldStyle = 1;
    private const uint AmountStyle = 2;
    private const uint PercentStyle = 3;
    private const uint CountStyle = 4;

    public static void Write(Stream stream, CompletionReport report, ReportLabels labels)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();
        var sheets = workbook.Workbook.AppendChild(new Sheets());
        AddSheet(workbook, sheets, 1, labels.ReportSheet, report, report.Lines, labels, null, indent: true);
        AddSheet(workbook, sheets, 2, labels.BehindPaceSheet, report, report.BehindPace, labels, labels.NothingBehind, indent: false);
        workbook.Workbook.Save();
    }

    public static void Write(string path, CompletionReport report, ReportLabels labels)
    {
        using var file = File.Create(path);
        Write(file, report, labels);
    }

    private static void AddSheet(WorkbookPart workbook, Sheets sheets, uint id, string name, CompletionReport report, IReadOnlyList<ReportLine> lines, ReportLabels labels, string? whenEmpty, bool indent)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        data.Append(Row(1, [Text("A", 1, $"{labels.Title(report.Kind)} {report.Window.Label(report.Kind)}", BoldStyle)]));
        data.Append(Row(2, [Text("A", 2, $"{labels.AsOf} {report.AsOf}", 0)]));
        var columns = ReportLabels.Columns;
        data.Append(Row(HeaderRow, columns.Select((c, i) => Text(ColumnName(i), HeaderRow, labels.Column(c, report.Kind), BoldStyle)).ToList()));
        var rowIndex = (uint)HeaderRow;
        foreach (var line in lines)
        {
            rowIndex++;
            data.Append(Row(rowIndex, columns.Select((c, i) => Cell(ColumnName(i), rowIndex, line, c, labels, indent)).OfType<Cell>().ToList()));
        }

        if (lines.Count == 0 && whenEmpty is not null)
        {
            data.Append(Row(HeaderRow + 1, [Text("A", HeaderRow + 1, whenEmpty, 0)]));
        }

        var widths = new Columns(columns.Select((c, i) => new Column
        {
            Min = (uint)(i + 1),
            Max = (uint)(i + 1),
            Width = c is ReportColumn.Goal ? 40 : c is ReportColumn.Period ? 24 : 16,
            CustomWidth = true,
        }));
        var view = new SheetViews(new SheetView(new Pane
        {
            VerticalSplit = HeaderRow,
            TopLeftCell = $"A{HeaderRow + 1}",
            ActivePane = PaneValues.BottomLeft,
            State = PaneStateValues.Frozen,
        }) { WorkbookViewId = 0 });
        part.Worksheet = new Worksheet(view, widths, data);
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
    }

    private static Cell? Cell(string column, uint row, ReportLine line, ReportColumn reportColumn, ReportLabels labels, bool indent)
    {
        var value = ReportCells.Value(line, reportColumn, labels);
        if (value is null)
        {
            return null;
        }

        if (value is decimal number)
        {
            var style = ReportCells.IsPercent(reportColumn) ? PercentStyle
                : ReportCells.IsCount(line) ? CountStyle
                : AmountStyle;
            return new Cell
            {
                CellReference = column + row,
                DataType = CellValues.Number,
                CellValue = new CellValue(number),
                StyleIndex = style,
            };
        }

        var text = ReportCells.Text(value);
        // The goal tree shows as indentation under its parent (two spaces a level) on the main sheet.
        var prefix = indent && reportColumn == ReportColumn.Goal && line.Depth > 0 ? new string(' ', line.Depth * 2) : "";
        return Text(column, row, prefix + text, 0);
    }

    private static Cell Text(string column, uint row, string text, uint style) => new()
    {
        CellReference = column + row,
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = style,
    };

    private static Row Row(uint index, IEnumerable<Cell> cells)
    {
        var row = new Row { RowIndex = index };
        row.Append(cells);
        return row;
    }

    /// <summary>0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static Stylesheet Stylesheet() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "0.00\"%\"" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 4, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 3, ApplyNumberFormat = true })
        { Count = 5 });
}
