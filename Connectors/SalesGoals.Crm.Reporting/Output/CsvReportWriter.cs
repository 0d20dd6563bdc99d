using System.IO;
using System.Linq;
using System.Text;
using SalesGoals.Crm.Reporting.Reports;

namespace SalesGoals.Crm.Reporting.Output;

/// <summary>
/// Writes a report as RFC 4180 CSV in UTF-8 with a byte-order mark (without it Excel reads the file in the machine's
/// ANSI code page and Chinese names come out garbled). Numbers are invariant ('.' decimals, no grouping).
/// </summary>
public static class CsvReportWriter
{
    public static void Write(Stream stream, CompletionReport report, ReportLabels labels)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine(string.Join(",", ReportLabels.Columns.Select(c => Escape(labels.Column(c, report.Kind)))));
        foreach (var line in report.Lines)
        {
            writer.WriteLine(string.Join(",", ReportLabels.Columns.Select(c => Escape(ReportCells.Text(ReportCells.Value(line, c, labels))))));
        }
    }

    public static void Write(string path, CompletionReport report, ReportLabels labels)
    {
        using var file = File.Create(path);
        Write(file, report, labels);
    }

    private static string Escape(string text) =>
        text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", System.StringComparison.Ordinal) + "\"" : text;
}
