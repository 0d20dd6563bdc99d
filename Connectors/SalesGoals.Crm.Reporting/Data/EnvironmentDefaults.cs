namespace SalesGoals.Crm.Reporting.Data;

/// <summary>What the solution's environment variables give progress, as the plug-ins take it (the shared
/// <see cref="GoalEngine.Progress.PaceSettingsResolver"/>): sg_AlertThreshold as a fraction in (0, 1], and the name
/// sg_DefaultCalendar gives (null: unset).</summary>
internal sealed record EnvironmentDefaults(decimal? AlertThreshold, string? CalendarName)
{
    public static EnvironmentDefaults None { get; } = new(null, null);
}
