namespace SalesGoals.Crm.Plugins.Schema;

/// <summary>Table sg_goalhistory: audit of goal changes.</summary>
public static class SgGoalHistory
{
    public const string LogicalName = "sg_goalhistory";

    public static class Fields
    {
        public const string Name = "sg_name";
        public const string GoalId = "sg_goalid";
        public const string Field = "sg_field";
        public const string OldValue = "sg_oldvalue";
        public const string NewValue = "sg_newvalue";
        public const string ChangedById = "sg_changedbyid";
        public const string ChangedOn = "sg_changedon";
        public const string ChangeKind = "sg_changekind";
        public const string Reason = "sg_reason";
        public const string AdjustmentId = "sg_adjustmentid";
    }

    public static class Options
    {
        public const int DirectEdit = 100000000;
        public const int Adjustment = 100000001;
        public const int Reallocation = 100000002;
        public const int Activation = 100000003;
    }
}
