using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SalesGoals.Crm.Reporting.Tests.Support;

/// <summary>Opens a written .xlsx and reads one sheet's cells by reference ("A1") or by header and row.</summary>
internal sealed class XlsxSheet
{
    private readonly Dictionary<string, Cell> _cells;

    private XlsxSheet(Dictionary<string, Cell> cells, IReadOnlyList<string> sheetNames)
    {
        _cells = cells;
        SheetNames = sheetNames;
    }

    public IReadOnlyList<string> SheetNames { get; }

    public static XlsxSheet Open(byte[] workbook, string sheetName)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        var part = document.WorkbookPart ?? throw new InvalidDataException("No workbook part.");
        var sheets = part.Workbook.Sheets!.Elements<Sheet>().ToList();
        var sheet = sheets.Single(s => s.Name == sheetName);
        var worksheet = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet;
        var cells = worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!, c => (Cell)c.CloneNode(true));
        return new XlsxSheet(cells, sheets.Select(s => s.Name!.Value!).ToList());
    }

    public string? Text(string reference) =>
        _cells.TryGetValue(reference, out var cell) ? cell.InlineString?.Text?.Text ?? cell.CellValue?.Text : null;

    public decimal? Number(string reference)
    {
        if (!_cells.TryGetValue(reference, out var cell) || cell.CellValue is null)
        {
            return null;
        }

        Assert.AreEqual(CellValues.Number, cell.DataType?.Value ?? CellValues.Number, $"{reference} is not a number cell");
        return decimal.Parse(cell.CellValue.Text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>The column letter whose header (row 4) reads <paramref name="header"/>.</summary>
    public string Column(string header) =>
        _cells.Values.Where(c => RowOf(c) == 4 && (c.InlineString?.Text?.Text == header))
            .Select(c => new string(c.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray()))
            .Single();

    /// <summary>The row (from 5) whose column <paramref name="keyColumn"/> reads <paramref name="key"/> (ignoring indentation).</summary>
    public int Row(string keyColumn, string key) =>
        _cells.Values.Where(c => c.CellReference!.Value!.StartsWith(keyColumn, StringComparison.Ordinal) && RowOf(c) > 4 && c.InlineString?.Text?.Text?.Trim() == key)
            .Select(RowOf).Single();

    private static int RowOf(Cell cell) => int.Parse(new string(cell.CellReference!.Value!.SkipWhile(char.IsLetter).ToArray()), CultureInfo.InvariantCulture);
}
