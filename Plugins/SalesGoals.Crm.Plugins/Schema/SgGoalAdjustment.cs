namespace SalesGoals.Crm.Plugins.Schema;

/// <summary>Table sg_goaladjustment: a request to change goals' tiers (goals.md §6).</summary>
public static class SgGoalAdjustment
{
    public const string LogicalName = "sg_goaladjustment";

    public static class Fields
    {
        public const string Id = "sg_goaladjustmentid";
        public const string Name = "sg_name";
        public const string Kind = "sg_kind";
        public const string Reason = "sg_reason";
        public const string Justification = "sg_justification";
        public const string Status = "sg_adjustmentstatus";
        public const string RequestedById = "sg_requestedbyid";
        public const string RequestedOn = "sg_requestedon";
        public const string ApproverId = "sg_approverid";
        public const string DecidedOn = "sg_decidedon";
        public const string DecisionComment = "sg_decisioncomment";
        public const string AppliedOn = "sg_appliedon";
        public const string ParentGoalId = "sg_parentgoalid";
        public const string OwnerId = "ownerid";
    }

    /// <summary>Option values. Status: no value is a draft whose lines are still being added.</summary>
    public static class Options
    {
        public const int KindAdjustment = 100000000;
        public const int KindReallocation = 100000001;

        /// <summary>sg_reason: MarketChange, TeamChange, NewOpportunity, Correction from here (engine enum value − 1).</summary>
        public const int ReasonFirst = 100000000;

        /// <summary>sg_adjustmentstatus: Submitted, Approved, Rejected, Applied from here (engine enum ordinal).</summary>
        public const int StatusFirst = 100000000;
        public const int StatusSubmitted = 100000000;
        public const int StatusApproved = 100000001;
        public const int StatusRejected = 100000002;
        public const int StatusApplied = 100000003;
        public const int StatusWithdrawn = 100000004;
    }

    /// <summary>Columns the plug-ins stamp; a client's value for them is replaced.</summary>
    public static readonly string[] StampedFields = [Fields.RequestedById, Fields.RequestedOn, Fields.ApproverId, Fields.DecidedOn, Fields.AppliedOn];

    /// <summary>Columns that define the request; they freeze once it is submitted.</summary>
    public static readonly string[] DefinitionFields = [Fields.Kind, Fields.Reason, Fields.Justification, Fields.ParentGoalId];
}
