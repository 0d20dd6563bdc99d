namespace SalesGoals.Crm.Plugins.Schema;

/// <summary>Table sg_goalcontribution: the ledger, one row per (goal, source table, source id, metric).</summary>
public static class SgGoalContribution
{
    public const string LogicalName = "sg_goalcontribution";

    /// <summary>Alternate key sg_goalcontribution_source.</summary>
    public const string SourceKey = "sg_goalcontribution_source";

    public static class Fields
    {
        public const string Id = "sg_goalcontributionid";
        public const string Name = "sg_name";
        public const string GoalId = "sg_goalid";
        public const string SourceTable = "sg_sourcetable";
        public const string SourceId = "sg_sourceid";
        public const string MetricId = "sg_metricid";
        public const string Amount = "sg_amount";
        public const string Count = "sg_count";
        public const string Numerator = "sg_numerator";
        public const string Denominator = "sg_denominator";
        public const string SourceDate = "sg_sourcedate";
        public const string AppliedOn = "sg_appliedon";
        public const string OwnerId = "ownerid";
    }
}
