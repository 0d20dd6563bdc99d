namespace SalesGoals.Crm.Plugins.Schema;

/// <summary>Table sg_calendarexception: a holiday (not working) or an extra working day of a calendar.</summary>
public static class SgCalendarException
{
    public const string LogicalName = "sg_calendarexception";

    public static class Fields
    {
        public const string CalendarId = "sg_calendarid";
        public const string Date = "sg_date";
        public const string IsWorkingDay = "sg_isworkingday";
        public const string StateCode = "statecode";
    }
}
