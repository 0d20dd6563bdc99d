using System.IO;
using System.Linq;
using System.Text;
using SalesGoals.Crm.Reporting.Output;
using SalesGoals.Crm.Reporting.Reports;

namespace SalesGoals.Crm.Reporting.Tests.Output;

[TestClass]
public sealed class CsvReportWriterTests
{
    [TestMethod]
    public void Write_Chinese_Utf8WithByteOrderMarkAndOneLinePerGoal()
    {
        var report = Support.Reports.E7AndE8();
        using var stream = new MemoryStream();

        CsvReportWriter.Write(stream, report, ReportLabels.Chinese);

        var bytes = stream.ToArray();
        CollectionAssert.AreEqual(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3).ToArray(), "BOM, so Excel reads UTF-8");
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", System.StringSplitOptions.RemoveEmptyEntries);
        Assert.HasCount(1 + report.Lines.Count, lines);
        var header = lines[0].Split(',');
        Assert.AreEqual("层级", header[0]);
        var li = lines.Single(l => l.Contains("李娜 Q1", System.StringComparison.Ordinal)).Split(',');
        Assert.AreEqual("850000.00", li[System.Array.IndexOf(header, "应完成进度")]);
        Assert.AreEqual("28.26", li[System.Array.IndexOf(header, "完成率 %")]);
        Assert.AreEqual("预警", li[System.Array.IndexOf(header, "进度状态")]);
        Assert.AreEqual("2026-01-01 – 2026-03-31", li[System.Array.IndexOf(header, "周期")]);
    }

    [TestMethod]
    public void Write_TextWithCommaAndQuote_IsQuotedPerRfc4180()
    {
        var report = Support.Reports.E7AndE8();
        var renamed = report with { Lines = [report.Lines[0] with { GoalName = "Company, \"East\"" }] };
        using var stream = new MemoryStream();

        CsvReportWriter.Write(stream, renamed, ReportLabels.English);

        var text = Encoding.UTF8.GetString(stream.ToArray());
        StringAssert.Contains(text, ",\"Company, \"\"East\"\"\",");
    }
}
