namespace SalesGoals.Crm.Plugins.Schema;

/// <summary>Table sg_goal: logical names of its columns and option values.</summary>
public static class SgGoal
{
    public const string LogicalName = "sg_goal";

    public static class Fields
    {
        public const string Id = "sg_goalid";
        public const string Name = "sg_name";
        public const string OwnerId = "ownerid";
        public const string VersionNumber = "versionnumber";
        public const string CurrencyId = "transactioncurrencyid";
        public const string ExchangeRate = "exchangerate";
        public const string AssigneeUserId = "sg_assigneeuserid";
        public const string AssigneeTeamId = "sg_assigneeteamid";
        public const string ManagerId = "sg_managerid";
        public const string MetricId = "sg_metricid";
        public const string PeriodType = "sg_periodtype";
        public const string PeriodStart = "sg_periodstart";
        public const string PeriodEnd = "sg_periodend";
        public const string ProductLine = "sg_productline";
        public const string Region = "sg_region";
        public const string CustomerSegment = "sg_customersegment";
        public const string BaseValue = "sg_basevalue";
        public const string TargetValue = "sg_targetvalue";
        public const string StretchValue = "sg_stretchvalue";
        public const string ParentGoalId = "sg_parentgoalid";
        public const string SplitAxis = "sg_splitaxis";
        public const string OverAssignmentPct = "sg_overassignmentpct";
        public const string Strategy = "sg_strategy";
        public const string GoalStatus = "sg_goalstatus";
        public const string IsLocked = "sg_islocked";
        public const string AtRiskThreshold = "sg_atriskthreshold";
        public const string SeasonalityProfileId = "sg_seasonalityprofileid";
        public const string CalendarId = "sg_calendarid";
        public const string ScopeKey = "sg_scopekey";
        public const string Actual = "sg_actual";
        public const string ActualNumerator = "sg_actualnumerator";
        public const string ActualDenominator = "sg_actualdenominator";
        public const string AttainmentPct = "sg_attainmentpct";
        public const string ExpectedToDate = "sg_expectedtodate";
        public const string PaceGap = "sg_pacegap";
        public const string PaceStatus = "sg_pacestatus";
        public const string Tier = "sg_tier";
        public const string Projection = "sg_projection";
        public const string Unallocated = "sg_unallocated";
        public const string LastComputedOn = "sg_lastcomputedon";
        public const string Achievability = "sg_achievability";
        public const string RecalcStatus = "sg_recalcstatus";
        public const string RecalcContinuation = "sg_recalccontinuation";
        public const string RecalcLastError = "sg_recalclasterror";
        public const string RecalcStartedOn = "sg_recalcstartedon";
        public const string RecalcFinishedOn = "sg_recalcfinishedon";
        public const string RecalcProgress = "sg_recalcprogress";
    }

    /// <summary>Option values of sg_goal's choices: 100000000 + the engine enum's ordinal.</summary>
    public static class Options
    {
        public const int First = 100000000;
        public const int StatusDraft = 100000000;
        public const int StatusActive = 100000001;
        public const int StatusClosed = 100000002;
        public const int RecalcQueued = 100000000;
        public const int RecalcRunning = 100000001;
        public const int RecalcDone = 100000002;
        public const int RecalcFailed = 100000003;
    }

    /// <summary>The tier and definition columns whose change is a "target change" (rules 5 and 6).</summary>
    public static readonly string[] TierFields = [Fields.BaseValue, Fields.TargetValue, Fields.StretchValue];

    /// <summary>The computed columns only the plug-ins write; a client edit of only these is not a definition change.</summary>
    public static readonly string[] ComputedFields =
    [
        Fields.Actual, Fields.ActualNumerator, Fields.ActualDenominator, Fields.AttainmentPct, Fields.ExpectedToDate,
        Fields.PaceGap, Fields.PaceStatus, Fields.Tier, Fields.Projection, Fields.Unallocated, Fields.LastComputedOn,
        Fields.Achievability, Fields.ScopeKey, Fields.RecalcStatus, Fields.RecalcContinuation, Fields.RecalcLastError,
        Fields.RecalcStartedOn, Fields.RecalcFinishedOn, Fields.RecalcProgress,
    ];
}
