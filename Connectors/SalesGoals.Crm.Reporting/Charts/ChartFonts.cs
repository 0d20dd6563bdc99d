using System;
using System.IO;
using System.Linq;
using SkiaSharp;

namespace SalesGoals.Crm.Reporting.Charts;

/// <summary>
/// Finds a typeface that draws both Latin and Chinese text. Skia's default face on Linux has no CJK glyphs (Chinese
/// would come out as empty boxes), so the font manager is asked for a face covering '中' (fontconfig finds e.g.
/// WenQuanYi Micro Hei or Noto Sans CJK), then common font folders are searched.
/// </summary>
public static class ChartFonts
{
    private const int ChineseProbe = '中';
    private static readonly Lazy<SKTypeface> Cached = new(Find);

    public static SKTypeface Typeface => Cached.Value;

    /// <summary>True when the chosen face has glyphs for every character of the text.</summary>
    public static bool CanDraw(string text)
    {
        using var font = new SKFont(Typeface);
        return font.ContainsGlyphs(text);
    }

    private static SKTypeface Find()
    {
        if (SKFontManager.Default.MatchCharacter(ChineseProbe) is { } matched)
        {
            return matched;
        }

        foreach (var folder in new[] { "/usr/share/fonts", "/usr/local/share/fonts", Environment.GetFolderPath(Environment.SpecialFolder.Fonts) })
        {
            if (string.IsNullOrEmpty(folder) || !Directory.Exists(folder))
            {
                continue;
            }

            var candidates = Directory.EnumerateFiles(folder, "*.tt?", SearchOption.AllDirectories)
                .Concat(Directory.EnumerateFiles(folder, "*.otf", SearchOption.AllDirectories))
                .Where(f => f.Contains("wqy", StringComparison.OrdinalIgnoreCase) || f.Contains("cjk", StringComparison.OrdinalIgnoreCase)
                    || f.Contains("msyh", StringComparison.OrdinalIgnoreCase) || f.Contains("simhei", StringComparison.OrdinalIgnoreCase));
            foreach (var file in candidates)
            {
                if (SKTypeface.FromFile(file) is { } face && face.ContainsGlyph(ChineseProbe))
                {
                    return face;
                }
            }
        }

        return SKTypeface.Default;
    }
}
