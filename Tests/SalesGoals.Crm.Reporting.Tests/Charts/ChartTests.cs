using System.Linq;
using SalesGoals.Crm.Reporting.Charts;
using SalesGoals.Crm.Reporting.Reports;
using SkiaSharp;

namespace SalesGoals.Crm.Reporting.Tests.Charts;

[TestClass]
public sealed class ChartTests
{
    [TestMethod]
    public void ChartFonts_ChineseLabels_TheChosenFaceHasTheirGlyphs()
    {
        // CI installs fonts-wqy-microhei (.ci/run); without a CJK face Chinese would be drawn as empty boxes.
        Assert.IsTrue(ChartFonts.CanDraw(ReportLabels.Chinese.AttainmentChartTitle + ReportLabels.Chinese.Status(GoalEngine.Progress.ProgressStatus.AtRisk) + "华东团队李娜"),
            $"'{ChartFonts.Typeface.FamilyName}' lacks Chinese glyphs");
    }

    [TestMethod]
    [DataRow(ReportLanguage.English)]
    [DataRow(ReportLanguage.Chinese)]
    public void AttainmentChart_Render_PngOfTheSizeWithBarsInStatusColours(ReportLanguage language)
    {
        var report = Support.Reports.E7AndE8();

        using var bitmap = SKBitmap.Decode(AttainmentChart.Render(report, ReportLabels.For(language), 900, 500));

        Assert.IsNotNull(bitmap, "not a PNG");
        Assert.AreEqual(900, bitmap.Width);
        Assert.AreEqual(500, bitmap.Height);
        var pixels = bitmap.Pixels;
        Assert.IsTrue(pixels.Count(p => p != SKColors.White) > 5_000, "mostly blank");
        Assert.IsTrue(pixels.Any(p => Near(p, new SKColor(0xD6, 0x27, 0x28))), "Li Na's at-risk bar is red");
        Assert.IsTrue(pixels.Any(p => Near(p, new SKColor(0xFF, 0xA5, 0x00))), "Wang Fang's behind bar is amber");
    }

    [TestMethod]
    public void PaceChart_Render_PngWithOneColouredLinePerTeamAndTheCompany()
    {
        var report = Support.Reports.E7AndE8();

        using var bitmap = SKBitmap.Decode(PaceChart.Render(report, ReportLabels.Chinese));

        Assert.AreEqual(PaceChart.DefaultWidth, bitmap.Width);
        Assert.AreEqual(PaceChart.DefaultHeight, bitmap.Height);
        Assert.HasCount(2, report.Pace);
        Assert.IsTrue(bitmap.Pixels.Any(p => Near(p, new SKColor(0x1F, 0x77, 0xB4))), "first series colour");
        Assert.IsTrue(bitmap.Pixels.Any(p => Near(p, new SKColor(0xFF, 0x7F, 0x0E))), "second series colour");
    }

    [TestMethod]
    public void AttainmentChart_BarsOf_OneBarPerRepGoalNotItsTimeSplitsDimensionInTheLabelWhenARepHasSeveral()
    {
        // A plan split by product line, then team, then rep, then quarter and month (the example plan's shape).
        var report = Support.Reports.E7AndE8() with
        {
            Lines =
            [
                Line("Company", GoalLevel.Company, 0, null),
                Line("Director", GoalLevel.Company, 1, "Hardware"),
                Line("East sales", GoalLevel.Team, 2, "Hardware"),
                Line("Wang Fang", GoalLevel.Rep, 3, "Hardware"),
                Line("Wang Fang", GoalLevel.Rep, 4, "Hardware"),
                Line("Wang Fang", GoalLevel.Rep, 5, "Hardware"),
                Line("Li Lei", GoalLevel.Rep, 3, "Hardware"),
                Line("Li Lei", GoalLevel.Rep, 4, "Hardware"),
                Line("Director", GoalLevel.Company, 1, "Software"),
                Line("East sales", GoalLevel.Team, 2, "Software"),
                Line("Wang Fang", GoalLevel.Rep, 3, "Software"),
                Line("Wang Fang", GoalLevel.Rep, 4, "Software"),
            ],
        };

        var bars = AttainmentChart.BarsOf(report);

        CollectionAssert.AreEqual(
            new[] { "Wang Fang · Hardware", "Li Lei", "Wang Fang · Software" },
            bars.Select(b => AttainmentChart.Label(b, bars)).ToArray());
    }

    private static ReportLine Line(string assignee, GoalLevel level, int depth, string? productLine) =>
        new() { GoalId = System.Guid.NewGuid(), Assignee = assignee, Level = level, Depth = depth, ProductLine = productLine, Target = 100m };

    private static bool Near(SKColor a, SKColor b) =>
        System.Math.Abs(a.Red - b.Red) <= 2 && System.Math.Abs(a.Green - b.Green) <= 2 && System.Math.Abs(a.Blue - b.Blue) <= 2;
}
