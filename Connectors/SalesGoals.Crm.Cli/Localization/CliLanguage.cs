using System;
using System.Collections.Generic;
using System.Globalization;

namespace SalesGoals.Crm.Cli.Localization;

/// <summary>The language of every message: <c>--lang en|zh</c>, else Chinese when the UI culture is zh-*, else English.</summary>
public enum CliLanguage
{
    English = 1033,
    Chinese = 2052,
}

/// <summary>Picks the language before the command tree is built (help texts are in it too).</summary>
public static class CliLanguages
{
    public const string OptionName = "--lang";

    /// <summary><c>--lang</c>/<c>--lang=</c> in the arguments wins; an unknown value falls back to the culture (the parser then reports it).</summary>
    public static CliLanguage Resolve(IReadOnlyList<string> args, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(culture);
        for (var i = 0; i < args.Count; i++)
        {
            var value = args[i] == OptionName && i + 1 < args.Count ? args[i + 1]
                : args[i].StartsWith(OptionName + "=", StringComparison.Ordinal) ? args[i][(OptionName.Length + 1)..]
                : null;
            if (value is not null && TryParse(value, out var chosen))
            {
                return chosen;
            }
        }

        return culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? CliLanguage.Chinese : CliLanguage.English;
    }

    public static bool TryParse(string value, out CliLanguage language)
    {
        switch (value?.Trim().ToUpperInvariant())
        {
            case "EN" or "EN-US" or "ENGLISH" or "1033":
                language = CliLanguage.English;
                return true;
            case "ZH" or "ZH-CN" or "ZH-HANS" or "CHINESE" or "2052":
                language = CliLanguage.Chinese;
                return true;
            default:
                language = CliLanguage.English;
                return false;
        }
    }

    /// <summary>The culture numbers and dates are shown in.</summary>
    public static CultureInfo Culture(this CliLanguage language) =>
        CultureInfo.GetCultureInfo(language == CliLanguage.Chinese ? "zh-CN" : "en-US");
}
