namespace SalesGoals.Crm.Plugins.Schema;

/// <summary>Table sg_goalalert: at-risk, achieved and stretch alerts for a goal's assignee.</summary>
public static class SgGoalAlert
{
    public const string LogicalName = "sg_goalalert";

    public static class Fields
    {
        public const string Id = "sg_goalalertid";
        public const string Name = "sg_name";
        public const string GoalId = "sg_goalid";
        public const string AssigneeId = "sg_assigneeid";
        public const string Kind = "sg_kind";
        public const string AlertStatus = "sg_alertstatus";
        public const string RaisedOn = "sg_raisedon";
        public const string ResolvedOn = "sg_resolvedon";

        /// <summary>Why a resolved at-risk alert closed (empty on rows resolved before the column existed: back on track).</summary>
        public const string Resolution = "sg_resolution";
        public const string PaceGapAtRaise = "sg_pacegapatraise";
        public const string TopOpportunities = "sg_topopportunities";
        public const string OwnerId = "ownerid";
    }

    public static class Options
    {
        public const int KindAtRisk = 100000000;
        public const int KindAchieved = 100000001;
        public const int KindStretch = 100000002;
        public const int StatusOpen = 100000000;
        public const int StatusResolved = 100000001;
        public const int ResolutionBackOnTrack = 100000000;
        public const int ResolutionPeriodEnded = 100000001;
    }
}
