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

    private static bool Near(SKColor a, SKColor b) =>
        System.Math.Abs(a.Red - b.Red) <= 2 && System.Math.Abs(a.Green - b.Green) <= 2 && System.Math.Abs(a.Blue - b.Blue) <= 2;
}
