namespace SalesGoals.Crm.Cli.Plan.Reading;

/// <summary>The workbook layout of a plan (Plan/README.md): sheet names and column headers, shared by the reader and the writer.</summary>
public static class PlanWorkbookLayout
{
    /// <summary>Column A a setting's name (as in YAML), column B its value; lists (lockedLevels, ramp, weekend) comma-separated.</summary>
    public const string PlanSheet = "Plan";

    public const string SeasonalitySheet = "Seasonality";

    public const string CalendarSheet = "Calendar";

    public const string SplitsSheet = "Splits";

    public const string TeamsSheet = "Teams";

    public const string RepsSheet = "Reps";

    public static readonly string[] SeasonalityHeader = ["Month", "Weight"];

    public static readonly string[] CalendarHeader = ["Date", "Kind"];

    public static readonly string[] SplitsHeader = ["Dimension", "Value", "Share"];

    public static readonly string[] TeamsHeader = ["Team", "Share", "Manager"];

    public static readonly string[] RepsHeader = ["Team", "User", "Capacity", "HireDate"];

    /// <summary>Plan-sheet settings written as comma-separated lists.</summary>
    public static readonly string[] ListSettings = ["lockedLevels", "ramp", "weekend"];

    public const string HolidayKind = "holiday";

    public const string WorkingDayKind = "working day";
}
