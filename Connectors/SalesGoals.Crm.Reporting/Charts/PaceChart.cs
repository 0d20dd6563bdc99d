using System;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Reporting.Reports;
using SkiaSharp;

namespace SalesGoals.Crm.Reporting.Charts;

/// <summary>
/// A PNG line chart of actual against expected-to-date over the period, per team (and the company goal): for each
/// series a solid line of the actual (to the report date) and a dashed line of the expected, both % of the goal's
/// target, so teams with different targets share one axis.
/// </summary>
public static class PaceChart
{
    public const int DefaultWidth = 1000;
    public const int DefaultHeight = 600;
    private const float Left = 70, Right = 30, Top = 60, Bottom = 90;

    public static byte[] Render(CompletionReport report, ReportLabels labels, int width = DefaultWidth, int height = DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(labels);
        using var chart = new ChartCanvas(width, height, $"{labels.PaceChartTitle} · {labels.AsOf} {report.AsOf}", Left, Right, Top, Bottom);
        var (canvas, font, text, plot) = (chart.Canvas, chart.Font, chart.Text, chart.Plot);
        var series = report.Pace;
        var first = series.Count == 0 ? report.Window.Start : series.Min(s => s.Period.Start);
        var last = series.Count == 0 ? report.Window.FullEnd : series.Max(s => s.Period.End);
        var days = Math.Max(1, LocalDate.DaysBetween(first, last));
        var top = (float)Math.Max(120m, series.SelectMany(s => s.Points).Select(p => Math.Max(p.ExpectedPercent, p.ActualPercent ?? 0m)).DefaultIfEmpty(0m).Max());
        float X(LocalDate date) => plot.Left + LocalDate.DaysBetween(first, date) / (float)days * plot.Width;
        float Y(decimal percent) => plot.Bottom - (float)percent / top * plot.Height;
        ChartAxes.DrawPercentGrid(canvas, plot, top, font);
        canvas.DrawText(first.ToString(), plot.Left, plot.Bottom + 20, SKTextAlign.Left, font, text);
        canvas.DrawText(last.ToString(), plot.Right, plot.Bottom + 20, SKTextAlign.Right, font, text);
        using var today = new SKPaint { Color = ChartPalette.Grid, StrokeWidth = 2 };
        if (report.AsOf >= first && report.AsOf <= last)
        {
            canvas.DrawLine(X(report.AsOf), plot.Top, X(report.AsOf), plot.Bottom, today);
            canvas.DrawText(report.AsOf.ToString(), X(report.AsOf), plot.Top - 6, SKTextAlign.Center, font, text);
        }

        var legend = new System.Collections.Generic.List<(string, SKColor, bool)>();
        for (var i = 0; i < series.Count; i++)
        {
            var color = ChartPalette.ForSeries(i);
            using var expected = new SKPaint { Color = color, StrokeWidth = 2, IsAntialias = true, Style = SKPaintStyle.Stroke, PathEffect = SKPathEffect.CreateDash([8, 6], 0) };
            using var actual = new SKPaint { Color = color, StrokeWidth = 3, IsAntialias = true, Style = SKPaintStyle.Stroke };
            using var expectedPath = new SKPath();
            using var actualPath = new SKPath();
            foreach (var point in series[i].Points)
            {
                Extend(expectedPath, X(point.Date), Y(point.ExpectedPercent));
                if (point.ActualPercent is { } value)
                {
                    Extend(actualPath, X(point.Date), Y(value));
                }
            }

            canvas.DrawPath(expectedPath, expected);
            canvas.DrawPath(actualPath, actual);
            legend.Add((series[i].Label, color, false));
        }

        legend.Add(($"— {labels.ActualLegend}   - - {labels.ExpectedLegend}", ChartPalette.Expected, true));
        // Below the date labels, wrapping to a second row when there are many teams.
        ChartAxes.DrawLegend(canvas, new SKPoint(plot.Left, plot.Bottom + 46), font, legend, width - Right);
        return chart.ToPng();
    }

    private static void Extend(SKPath path, float x, float y)
    {
        if (path.IsEmpty)
        {
            path.MoveTo(x, y);
        }
        else
        {
            path.LineTo(x, y);
        }
    }
}
