using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SalesGoals.Crm.Reporting.Reports;
using SkiaSharp;

namespace SalesGoals.Crm.Reporting.Charts;

/// <summary>
/// A PNG bar chart of attainment by rep (% of target), one bar per rep goal coloured by its pace status, with a tick
/// at the expected-to-date % and a line at 100 %. Without rep goals it charts every goal of the report. A rep goal's
/// own time split (its quarters, months…, rep goals too) gets no bar of its own: it is part of the rep's bar.
/// </summary>
public static class AttainmentChart
{
    public const int DefaultWidth = 1000;
    public const int DefaultHeight = 600;
    // Room below the plot for the rotated labels ("Wang Fang · Hardware") above the legend.
    private const float Left = 70, Right = 30, Top = 60, Bottom = 150;

    public static byte[] Render(CompletionReport report, ReportLabels labels, int width = DefaultWidth, int height = DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(labels);
        var bars = BarsOf(report);

        using var chart = new ChartCanvas(width, height, $"{labels.AttainmentChartTitle} · {report.Window.Label(report.Kind)}", Left, Right, Top, Bottom);
        var (canvas, font, text, plot) = (chart.Canvas, chart.Font, chart.Text, chart.Plot);
        var top = Math.Max(120m, bars.Select(b => Math.Max(b.AttainmentPercent ?? 0m, Expected(b))).DefaultIfEmpty(0m).Max());
        var scale = (float)top;
        float Y(decimal percent) => plot.Bottom - (float)percent / scale * plot.Height;
        ChartAxes.DrawPercentGrid(canvas, plot, scale, font);

        var slot = bars.Count == 0 ? plot.Width : plot.Width / bars.Count;
        var barWidth = Math.Min(60f, slot * 0.6f);
        using var bar = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        using var tick = new SKPaint { Color = ChartPalette.Expected, StrokeWidth = 3, IsAntialias = true };
        for (var i = 0; i < bars.Count; i++)
        {
            var line = bars[i];
            var centre = plot.Left + slot * (i + 0.5f);
            bar.Color = ChartPalette.ForStatus(line.Status);
            var attainment = Math.Max(0m, line.AttainmentPercent ?? 0m);
            canvas.DrawRect(new SKRect(centre - barWidth / 2, Y(attainment), centre + barWidth / 2, plot.Bottom), bar);
            canvas.DrawLine(centre - barWidth / 2 - 6, Y(Expected(line)), centre + barWidth / 2 + 6, Y(Expected(line)), tick);
            canvas.DrawText(attainment.ToString("0.0", CultureInfo.InvariantCulture) + "%", centre, Y(attainment) - 6, SKTextAlign.Center, font, text);
            ChartAxes.DrawRotatedLabel(canvas, Shorten(Label(line, bars), 20), centre, plot.Bottom + 14, font, text);
        }

        using var target = new SKPaint { Color = ChartPalette.Axis, StrokeWidth = 1.5f, IsAntialias = true, PathEffect = SKPathEffect.CreateDash([8, 6], 0) };
        canvas.DrawLine(plot.Left, Y(100m), plot.Right, Y(100m), target);
        ChartAxes.DrawLegend(canvas, new SKPoint(plot.Left, height - 24), font,
            [(labels.Status(GoalEngine.Progress.ProgressStatus.OnTrack), ChartPalette.ForStatus(GoalEngine.Progress.ProgressStatus.OnTrack), false),
             (labels.Status(GoalEngine.Progress.ProgressStatus.Behind), ChartPalette.ForStatus(GoalEngine.Progress.ProgressStatus.Behind), false),
             (labels.Status(GoalEngine.Progress.ProgressStatus.AtRisk), ChartPalette.ForStatus(GoalEngine.Progress.ProgressStatus.AtRisk), false),
             (labels.Status(GoalEngine.Progress.ProgressStatus.Achieved), ChartPalette.ForStatus(GoalEngine.Progress.ProgressStatus.Achieved), false),
             (labels.ExpectedLegend, ChartPalette.Expected, true)]);
        return chart.ToPng();
    }

    private static decimal Expected(ReportLine line) => line.Target == 0m ? 0m : line.ExpectedToDate / line.Target * 100m;

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    /// <summary>The rep goals of the report that are not part of another rep goal (lines are in tree order), or every
    /// goal when it has no rep goal.</summary>
    public static IReadOnlyList<ReportLine> BarsOf(CompletionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var reps = new List<ReportLine>();
        var path = new List<ReportLine>();
        foreach (var line in report.Lines)
        {
            path.RemoveAll(l => l.Depth >= line.Depth);
            if (line.Level == GoalLevel.Rep && !path.Any(l => l.Level == GoalLevel.Rep))
            {
                reps.Add(line);
            }

            path.Add(line);
        }

        return reps.Count == 0 ? report.Lines : reps;
    }

    /// <summary>The bar's label: the assignee, with the goal's product line or region when the rep has several bars.</summary>
    public static string Label(ReportLine line, IReadOnlyList<ReportLine> bars)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(bars);
        var dimension = string.Join(" · ", new[] { line.ProductLine, line.Region }.Where(d => !string.IsNullOrEmpty(d)));
        return dimension.Length > 0 && bars.Count(b => b.Assignee == line.Assignee) > 1 ? $"{line.Assignee} · {dimension}" : line.Assignee;
    }
}
