using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using SalesGoals.Crm.GoalEngine.Progress;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Reporting.Charts;
using SalesGoals.Crm.Reporting.Data;
using SalesGoals.Crm.Reporting.Output;
using SalesGoals.Crm.Reporting.Reports;
using SalesGoals.Crm.Reporting.Tests.Support;
using SkiaSharp;

namespace SalesGoals.Crm.Reporting.Tests.EndToEnd;

/// <summary>Deals won through the plug-ins, read back over the local Dataverse Web API, reported, written and reopened.</summary>
[TestClass]
public sealed class WeeklyReportEndToEndTests
{
    private static readonly LocalDate Feb15 = new(2026, 2, 15);

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Report_DealsWonThroughThePlugins_EqualsTheGoalsFiguresInDataverseAndTheWorkedExamples()
    {
        await using var world = await DataverseWorld.StartAsync();
        world.Win(world.LiNa, "Tongji hospital", 550_000m, new DateTime(2026, 1, 20));
        world.Win(world.LiNa, "Pudong school", 100_000m, new DateTime(2026, 2, 10));
        world.Win(world.WangFang, "Hangzhou mall", 700_000m, new DateTime(2026, 2, 3));

        var data = await new DataverseReportReader(world.Client).ReadAsync(TestContext.CancellationToken);
        var report = CompletionReportBuilder.Build(data, new ReportRequest(ReportKind.Weekly, Feb15));

        Assert.HasCount(3, report.Lines);
        foreach (var line in report.Lines)
        {
            var stored = data.Goals.Single(g => g.Id == line.GoalId).Stored;
            Assert.AreEqual(stored.Actual, line.Actual, line.GoalName);
            Assert.AreEqual(stored.ExpectedToDate, line.ExpectedToDate, line.GoalName);
            Assert.AreEqual(stored.AttainmentPercent, line.AttainmentPercent, line.GoalName);
            Assert.AreEqual(stored.PaceGapPercent, line.PaceGapPercent, line.GoalName);
            Assert.AreEqual(stored.Status, line.Status, line.GoalName);
            Assert.AreEqual(stored.Tier, line.Tier, line.GoalName);
        }

        var li = report.Lines.Single(l => l.GoalId == world.LiNaGoal);
        Assert.AreEqual(850_000m, li.ExpectedToDate, "E6");
        Assert.AreEqual(28.26m, li.AttainmentPercent, "E7");
        Assert.AreEqual(23.53m, li.PaceGapPercent, "E7");
        Assert.AreEqual(ProgressStatus.AtRisk, li.Status, "E7");
        Assert.AreEqual(ProgressStatus.Behind, report.Lines.Single(l => l.GoalId == world.WangFangGoal).Status, "E8");
        Assert.AreEqual(GoalLevel.Company, report.Lines[0].Level);
        Assert.AreEqual(100_000m, li.WindowActual, "this week: Mon 9 – Sun 15 Feb");
    }

    [TestMethod]
    public async Task Report_WrittenToFiles_XlsxCsvAndPngsOpenWithTheFigures()
    {
        await using var world = await DataverseWorld.StartAsync();
        world.Win(world.LiNa, "Tongji hospital", 550_000m, new DateTime(2026, 1, 20));
        world.Win(world.LiNa, "Pudong school", 100_000m, new DateTime(2026, 2, 10));
        world.Win(world.WangFang, "Hangzhou mall", 700_000m, new DateTime(2026, 2, 3));
        var folder = Directory.CreateTempSubdirectory("sg-report-").FullName;

        try
        {
            var data = await new DataverseReportReader(world.Client).ReadAsync(TestContext.CancellationToken);
            var report = CompletionReportBuilder.Build(data, new ReportRequest(ReportKind.Monthly, Feb15));
            XlsxReportWriter.Write(Path.Combine(folder, "monthly.xlsx"), report, ReportLabels.Chinese);
            CsvReportWriter.Write(Path.Combine(folder, "monthly.csv"), report, ReportLabels.English);
            await File.WriteAllBytesAsync(Path.Combine(folder, "attainment.png"), AttainmentChart.Render(report, ReportLabels.Chinese), TestContext.CancellationToken);
            await File.WriteAllBytesAsync(Path.Combine(folder, "pace.png"), PaceChart.Render(report, ReportLabels.Chinese), TestContext.CancellationToken);

            var sheet = XlsxSheet.Open(await File.ReadAllBytesAsync(Path.Combine(folder, "monthly.xlsx"), TestContext.CancellationToken), "报表");
            var li = sheet.Row("B", "李娜 Q1 2026");
            Assert.AreEqual("李娜", sheet.Text(sheet.Column("负责人") + li));
            Assert.AreEqual(850_000m, sheet.Number(sheet.Column("应完成进度") + li));
            Assert.AreEqual(28.26m, sheet.Number(sheet.Column("完成率 %") + li));
            Assert.AreEqual("预警", sheet.Text(sheet.Column("进度状态") + li));
            Assert.AreEqual(500_000m, sheet.Number(sheet.Column("本月目标") + li));
            Assert.AreEqual(100_000m, sheet.Number(sheet.Column("本月完成") + li));
            Assert.AreEqual(1_350_000m, sheet.Number(sheet.Column("实际完成") + sheet.Row("B", "Company Q1 2026")));

            var csv = await File.ReadAllLinesAsync(Path.Combine(folder, "monthly.csv"), TestContext.CancellationToken);
            var header = csv[0].TrimStart('\uFEFF').Split(',');
            var wang = csv.Single(l => l.Contains("Wang Fang Q1 2026", StringComparison.Ordinal)).Split(',');
            Assert.AreEqual("Behind", wang[Array.IndexOf(header, "Pace")]);
            Assert.AreEqual("17.65", wang[Array.IndexOf(header, "Pace gap %")]);

            foreach (var png in new[] { "attainment.png", "pace.png" })
            {
                using var bitmap = SKBitmap.Decode(Path.Combine(folder, png));
                Assert.IsNotNull(bitmap, png);
                Assert.AreEqual(1000, bitmap.Width, png);
                Assert.AreEqual(600, bitmap.Height, png);
                Assert.IsGreaterThan(5_000, bitmap.Pixels.Count(p => p != SKColors.White), png + " is blank");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
