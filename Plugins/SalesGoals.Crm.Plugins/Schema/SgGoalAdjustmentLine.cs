namespace SalesGoals.Crm.Plugins.Schema;

/// <summary>Table sg_goaladjustmentline: one goal's old → new tiers in an adjustment request.</summary>
public static class SgGoalAdjustmentLine
{
    public const string LogicalName = "sg_goaladjustmentline";

    public static class Fields
    {
        public const string Id = "sg_goaladjustmentlineid";
        public const string Name = "sg_name";
        public const string AdjustmentId = "sg_adjustmentid";
        public const string GoalId = "sg_goalid";
        public const string OldBaseValue = "sg_oldbasevalue";
        public const string NewBaseValue = "sg_newbasevalue";
        public const string OldTargetValue = "sg_oldtargetvalue";
        public const string NewTargetValue = "sg_newtargetvalue";
        public const string OldStretchValue = "sg_oldstretchvalue";
        public const string NewStretchValue = "sg_newstretchvalue";
    }
}
