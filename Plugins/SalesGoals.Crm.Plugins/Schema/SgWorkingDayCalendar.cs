namespace SalesGoals.Crm.Plugins.Schema;

/// <summary>Table sg_workingdaycalendar: a weekly pattern of weekend days; exceptions live in sg_calendarexception.</summary>
public static class SgWorkingDayCalendar
{
    public const string LogicalName = "sg_workingdaycalendar";

    public static class Fields
    {
        public const string Id = "sg_workingdaycalendarid";
        public const string WeekendDays = "sg_weekenddays";
        public const string Name = "sg_name";
        public const string StateCode = "statecode";
    }

    /// <summary>sg_weekenddays values: 100000001 = Monday … 100000007 = Sunday (ISO order).</summary>
    public static class Options
    {
        public const int Monday = 100000001;
        public const int Sunday = 100000007;
    }
}
