namespace SalesGoals.Crm.Plugins.Schema;

/// <summary>Table sg_metric (organization-owned): a metric's code names an engine preset.</summary>
public static class SgMetric
{
    public const string LogicalName = "sg_metric";

    public static class Fields
    {
        public const string Id = "sg_metricid";
        public const string Name = "sg_name";
        public const string Code = "sg_code";
        public const string SourceTable = "sg_sourcetable";

        /// <summary>Yes: external actuals (Zoho CRM, Fenxiang) count for goals on this metric too.</summary>
        public const string IncludeExternal = "sg_includeexternal";
    }
}
