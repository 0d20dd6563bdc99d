using System;
using System.Globalization;

namespace SalesGoals.Crm.Cli.Localization;

/// <summary>One user-facing text in English and Simplified Chinese; composite-format placeholders ({0}) allowed.</summary>
public sealed record LocalText(string English, string Chinese)
{
    public string In(CliLanguage language) => language == CliLanguage.Chinese ? Chinese : English;

    public string Format(CliLanguage language, params object?[] args) =>
        string.Format(language.Culture(), In(language), args);

    /// <summary>Both languages on one line (for files and logs read by people of either language).</summary>
    public string Both(params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, English, args) + " / " + string.Format(CultureInfo.GetCultureInfo("zh-CN"), Chinese, args);

    public override string ToString() => English;

    public static LocalText Of(string english, string chinese) =>
        new(english ?? throw new ArgumentNullException(nameof(english)), chinese ?? throw new ArgumentNullException(nameof(chinese)));
}
