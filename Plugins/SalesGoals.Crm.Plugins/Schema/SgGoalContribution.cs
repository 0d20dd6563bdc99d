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
        public const string OpportunityId = "sg_opportunityid";
        public const string ExternalActualId = "sg_externalactualid";
        public const string InvoiceId = "sg_invoiceid";
        public const string LeadId = "sg_leadid";
        public const string AppointmentId = "sg_appointmentid";
    }

    /// <summary>The lookup that links a row to its source record, so the row opens it; null for a table the
    /// ledger has no lookup to (the row then keeps only sg_sourcetable/sg_sourceid, which stay the key).</summary>
    public static string? SourceLookup(string table) => table switch
    {
        OpportunityTable.LogicalName => Fields.OpportunityId,
        SgExternalActual.LogicalName => Fields.ExternalActualId,
        InvoiceTable.LogicalName => Fields.InvoiceId,
        LeadTable.LogicalName => Fields.LeadId,
        AppointmentTable.LogicalName => Fields.AppointmentId,
        _ => null,
    };
}
