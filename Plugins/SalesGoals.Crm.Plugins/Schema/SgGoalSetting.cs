namespace SalesGoals.Crm.Plugins.Schema;

/// <summary>Table sg_goalsetting: the organization's goal settings (one active row).</summary>
public static class SgGoalSetting
{
    public const string LogicalName = "sg_goalsetting";

    public static class Fields
    {
        public const string StateCode = "statecode";
        public const string TimeZone = "sg_timezone";
        public const string DefaultCalendarId = "sg_defaultcalendarid";
        public const string AtRiskThreshold = "sg_atriskthreshold";
    }
}
