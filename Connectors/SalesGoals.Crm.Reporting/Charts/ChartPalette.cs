using SalesGoals.Crm.GoalEngine.Progress;
using SkiaSharp;

namespace SalesGoals.Crm.Reporting.Charts;

/// <summary>Colours shared by the charts: one per pace status and a cycle for series.</summary>
internal static class ChartPalette
{
    public static readonly SKColor Background = SKColors.White;
    public static readonly SKColor Axis = new(0x44, 0x44, 0x44);
    public static readonly SKColor Grid = new(0xE0, 0xE0, 0xE0);
    public static readonly SKColor Text = new(0x22, 0x22, 0x22);
    public static readonly SKColor Expected = new(0x55, 0x55, 0x55);

    private static readonly SKColor[] Series =
    [
        new(0x1F, 0x77, 0xB4), new(0xFF, 0x7F, 0x0E), new(0x2C, 0xA0, 0x2C), new(0xD6, 0x27, 0x28),
        new(0x94, 0x67, 0xBD), new(0x8C, 0x56, 0x4B), new(0xE3, 0x77, 0xC2), new(0x17, 0xBE, 0xCF),
    ];

    public static SKColor ForSeries(int index) => Series[index % Series.Length];

    public static SKColor ForStatus(ProgressStatus status) => status switch
    {
        ProgressStatus.Achieved => new SKColor(0x1F, 0x77, 0xB4),
        ProgressStatus.OnTrack => new SKColor(0x2C, 0xA0, 0x2C),
        ProgressStatus.Behind => new SKColor(0xFF, 0xA5, 0x00),
        _ => new SKColor(0xD6, 0x27, 0x28),
    };
}
