using System.Collections.Generic;
using System.Globalization;
using SkiaSharp;

namespace SalesGoals.Crm.Reporting.Charts;

/// <summary>Drawing shared by the charts: a percentage grid, rotated labels, a legend, PNG encoding.</summary>
internal static class ChartAxes
{
    public static void DrawPercentGrid(SKCanvas canvas, SKRect plot, float top, SKFont font)
    {
        using var grid = new SKPaint { Color = ChartPalette.Grid, StrokeWidth = 1 };
        using var axis = new SKPaint { Color = ChartPalette.Axis, StrokeWidth = 1.5f };
        using var text = new SKPaint { Color = ChartPalette.Text, IsAntialias = true };
        var step = top > 300 ? 100 : top > 150 ? 50 : 20;
        for (var percent = 0; percent <= top; percent += step)
        {
            var y = plot.Bottom - percent / top * plot.Height;
            canvas.DrawLine(plot.Left, y, plot.Right, y, grid);
            canvas.DrawText(percent.ToString(CultureInfo.InvariantCulture) + "%", plot.Left - 8, y + 5, SKTextAlign.Right, font, text);
        }

        canvas.DrawLine(plot.Left, plot.Top, plot.Left, plot.Bottom, axis);
        canvas.DrawLine(plot.Left, plot.Bottom, plot.Right, plot.Bottom, axis);
    }

    public static void DrawRotatedLabel(SKCanvas canvas, string label, float x, float y, SKFont font, SKPaint paint)
    {
        canvas.Save();
        canvas.Translate(x, y);
        canvas.RotateDegrees(-35);
        canvas.DrawText(label, 0, 0, SKTextAlign.Right, font, paint);
        canvas.Restore();
    }

    /// <summary>Swatches with their labels in one row; a dashed entry is drawn as a line.</summary>
    /// <summary>Draws the entries in a row from <paramref name="at"/>, starting a new row below when one would pass <paramref name="right"/>.</summary>
    public static void DrawLegend(SKCanvas canvas, SKPoint at, SKFont font, IReadOnlyList<(string Label, SKColor Color, bool Dashed)> entries, float right = float.MaxValue)
    {
        using var text = new SKPaint { Color = ChartPalette.Text, IsAntialias = true };
        using var swatch = new SKPaint { IsAntialias = true, StrokeWidth = 3 };
        var x = at.X;
        foreach (var (label, color, dashed) in entries)
        {
            var entryWidth = 28 + font.MeasureText(label);
            if (x > at.X && x + entryWidth > right)
            {
                (x, at.Y) = (at.X, at.Y + font.Spacing + 4);
            }

            swatch.Color = color;
            swatch.PathEffect = dashed ? SKPathEffect.CreateDash([6, 4], 0) : null;
            if (dashed)
            {
                canvas.DrawLine(x, at.Y - 5, x + 22, at.Y - 5, swatch);
            }
            else
            {
                canvas.DrawRect(new SKRect(x, at.Y - 12, x + 22, at.Y + 2), swatch);
            }

            canvas.DrawText(label, x + 28, at.Y, SKTextAlign.Left, font, text);
            x += entryWidth + 24;
        }
    }

    public static byte[] Png(SKSurface surface)
    {
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
