namespace SalesGoals.Crm.Reporting.Data;

/// <summary>Entity sets and columns of the Dataverse Web API that reports and alert delivery read and write.</summary>
public static class DataverseNames
{
    public const string Goals = "sg_goals";
    public const string Metrics = "sg_metrics";
    public const string Contributions = "sg_goalcontributions";
    public const string Settings = "sg_goalsettings";
    public const string Calendars = "sg_workingdaycalendars";
    public const string CalendarExceptions = "sg_calendarexceptions";
    public const string SeasonalityProfiles = "sg_seasonalityprofiles";
    public const string Alerts = "sg_goalalerts";
    public const string Playbooks = "sg_playbooks";
    public const string Users = "systemusers";
    public const string UserSettings = "usersettingscollection";
    public const string Teams = "teams";
    public const string Currencies = "transactioncurrencies";
    public const string Notifications = "appnotifications";
    public const string EnvironmentVariableDefinitions = "environmentvariabledefinitions";
    public const string EnvironmentVariableValues = "environmentvariablevalues";

    /// <summary>Choice values of the solution: 100000000 + the goal engine enum's ordinal (sg_splitaxis, sg_pacestatus, sg_tier, sg_goalstatus).</summary>
    public const int FirstOption = 100_000_000;

    public const int GoalStatusActive = 100_000_001;
    public const int GoalStatusClosed = 100_000_002;
    public const int AlertKindAtRisk = 100_000_000;
    public const int AlertKindAchieved = 100_000_001;
    public const int AlertKindStretch = 100_000_002;
    public const int AlertStatusOpen = 100_000_000;
    public const int AlertStatusResolved = 100_000_001;

    /// <summary>sg_goalalert.sg_resolution: why a resolved at-risk alert closed.</summary>
    public const int ResolutionBackOnTrack = 100_000_000;
    public const int ResolutionPeriodEnded = 100_000_001;

    /// <summary>sg_weekenddays: 100000001 = Monday … 100000007 = Sunday.</summary>
    public const int WeekendMonday = 100_000_001;

    /// <summary>Chinese (Simplified) language code of Dataverse (usersettings.uilanguageid).</summary>
    public const int ChineseLanguage = 2052;
}
