using System.IO;
using SalesGoals.Crm.Reporting.Output;
using SalesGoals.Crm.Reporting.Reports;
using SalesGoals.Crm.Reporting.Tests.Support;

namespace SalesGoals.Crm.Reporting.Tests.Output;

[TestClass]
public sealed class XlsxReportWriterTests
{
    [TestMethod]
    public void Write_EnglishWeekly_CellsHoldTheWorkedExampleFigures()
    {
        var report = Support.Reports.E7AndE8();

        var sheet = XlsxSheet.Open(Write(report, ReportLabels.English), "Report");

        Assert.AreEqual("Weekly completion report 2026-W07", sheet.Text("A1"));
        Assert.AreEqual("As of 2026-02-15", sheet.Text("A2"));
        var row = sheet.Row("B", "李娜 Q1");
        Assert.AreEqual(2_300_000m, sheet.Number(sheet.Column("Target") + row));
        Assert.AreEqual(650_000m, sheet.Number(sheet.Column("Actual") + row));
        Assert.AreEqual(850_000m, sheet.Number(sheet.Column("Expected to date") + row));
        Assert.AreEqual(28.26m, sheet.Number(sheet.Column("Attainment %") + row));
        Assert.AreEqual(23.53m, sheet.Number(sheet.Column("Pace gap %") + row));
        Assert.AreEqual("At risk", sheet.Text(sheet.Column("Pace") + row));
        Assert.AreEqual("None", sheet.Text(sheet.Column("Tier") + row));
        Assert.AreEqual("Rep", sheet.Text(sheet.Column("Level") + row));
        Assert.AreEqual(1_350_000m, sheet.Number(sheet.Column("Actual") + sheet.Row("B", "Company Q1")));
    }

    [TestMethod]
    public void Write_ChineseMonthly_ChineseHeadersAndBehindPaceSheetWidestGapFirst()
    {
        var report = Support.Reports.E7AndE8(ReportKind.Monthly);

        var bytes = Write(report, ReportLabels.Chinese);
        var main = XlsxSheet.Open(bytes, "报表");
        var behind = XlsxSheet.Open(bytes, "进度落后");

        CollectionAssert.AreEqual(new[] { "报表", "进度落后" }, (System.Collections.ICollection)main.SheetNames);
        Assert.AreEqual("销售目标月报 2026-02", main.Text("A1"));
        var li = main.Row("B", "李娜 Q1");
        Assert.AreEqual("预警", main.Text(main.Column("进度状态") + li));
        Assert.AreEqual(500_000m, main.Number(main.Column("本月目标") + li), "February's 0.5 of Q1's 2.3 weight");
        Assert.AreEqual(20.00m, main.Number(main.Column("本月完成率 %") + li), "100,000 won in February");
        Assert.AreEqual("李娜 Q1", behind.Text("B5"));
        Assert.AreEqual(23.53m, behind.Number(behind.Column("进度差距 %") + 5));
    }

    private static byte[] Write(CompletionReport report, ReportLabels labels)
    {
        using var stream = new MemoryStream();
        XlsxReportWriter.Write(stream, report, labels);
        return stream.ToArray();
    }
}
