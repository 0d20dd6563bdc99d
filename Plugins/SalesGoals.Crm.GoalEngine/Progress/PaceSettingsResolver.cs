using System;
using System.Globalization;

namespace SalesGoals.Crm.GoalEngine.Progress;

/// <summary>
/// Which at-risk threshold, working-day calendar and time zone a goal's progress uses — one rule for everything that
/// computes progress (the plug-ins, which store the goals' figures, and the reports, which must show the same), with
/// the reads left to each side. Precedence: the goal's own value, then the organization's Goal settings row
/// (sg_goalsetting), then the solution's environment variable (sg_AlertThreshold, sg_DefaultCalendar: its current
/// value, else its default), then the engine's default (20 %, Monday–Friday, UTC). The environment is a function so a
/// caller reads it only when the goal and the settings row leave the choice open.
/// </summary>
public static class PaceSettingsResolver
{
    /// <summary>The time zone when the settings row names none.</summary>
    public const string DefaultTimeZone = "UTC";

    /// <summary>The at-risk threshold of a goal (null: none set anywhere, the engine's default applies). A value outside
    /// (0, 1] is not skipped in favour of the next source: it stands, and <see cref="Options"/> then uses the default.</summary>
    public static decimal? AtRiskThreshold(decimal? goal, decimal? settings, Func<decimal?> environment) =>
        goal ?? settings ?? environment();

    /// <summary>The evaluation options for a resolved threshold: the engine's default unless it is a fraction in (0, 1].</summary>
    public static ProgressOptions Options(decimal? threshold) =>
        threshold is > 0m and <= 1m ? new ProgressOptions { AtRiskThreshold = threshold.Value } : ProgressOptions.Default;

    /// <summary>The id of the goal's working-day calendar (null: Monday–Friday).</summary>
    public static Guid? CalendarId(Guid? goal, Guid? settings, Func<Guid?> environment) =>
        goal ?? settings ?? environment();

    /// <summary>The organization's IANA time zone id: the settings row's, else UTC.</summary>
    public static string TimeZone(string? settings) => Text(settings) ?? DefaultTimeZone;

    /// <summary>An environment variable's effective text: its current value (the active environmentvariablevalue row),
    /// else the definition's default; blank counts as unset.</summary>
    public static string? EnvironmentValue(string? currentValue, string? defaultValue) => Text(currentValue) ?? Text(defaultValue);

    /// <summary>sg_AlertThreshold as a fraction in (0, 1]: the current value when it is one, else the default when that is
    /// one (an admin's unusable value does not switch the rule off), else null.</summary>
    public static decimal? EnvironmentThreshold(string? currentValue, string? defaultValue) =>
        Fraction(EnvironmentValue(currentValue, defaultValue)) ?? Fraction(Text(defaultValue));

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();

    private static decimal? Fraction(string? text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value > 0m && value <= 1m ? value : null;
}
