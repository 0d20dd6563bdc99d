using System;
using SkiaSharp;

namespace SalesGoals.Crm.Reporting.Charts;

/// <summary>What every chart starts from: a surface of the asked size cleared to the background, the title centred at
/// the top, the label font and text paint, and the plot area inside the given margins; <see cref="ToPng"/> ends it.</summary>
internal sealed class ChartCanvas : IDisposable
{
    private readonly SKSurface _surface;
    private readonly SKFont _titleFont;

    public ChartCanvas(int width, int height, string title, float left, float right, float top, float bottom)
    {
        Width = width;
        Height = height;
        _surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        Canvas = _surface.Canvas;
        Canvas.Clear(ChartPalette.Background);
        _titleFont = new SKFont(ChartFonts.Typeface, 22);
        Font = new SKFont(ChartFonts.Typeface, 14);
        Text = new SKPaint { Color = ChartPalette.Text, IsAntialias = true };
        Canvas.DrawText(title, width / 2f, 34, SKTextAlign.Center, _titleFont, Text);
        Plot = new SKRect(left, top, width - right, height - bottom);
    }

    public int Width { get; }

    public int Height { get; }

    public SKCanvas Canvas { get; }

    /// <summary>Labels, values and legends.</summary>
    public SKFont Font { get; }

    public SKPaint Text { get; }

    /// <summary>The area inside the margins, where the data is drawn.</summary>
    public SKRect Plot { get; }

    public byte[] ToPng() => ChartAxes.Png(_surface);

    public void Dispose()
    {
        Text.Dispose();
        Font.Dispose();
        _titleFont.Dispose();
        _surface.Dispose();
    }
}
