namespace SalesGoals.Crm.Plugins.Schema;

/// <summary>The standard opportunity table (and our extension columns on it).</summary>
public static class OpportunityTable
{
    public const string LogicalName = "opportunity";

    public static class Fields
    {
        public const string Id = "opportunityid";
        public const string OwnerId = "ownerid";
        public const string StateCode = "statecode";
        public const string ActualValueBase = "actualvalue_base";
        public const string ActualValue = "actualvalue";
        public const string ActualCloseDate = "actualclosedate";
        public const string EstimatedValueBase = "estimatedvalue_base";
        public const string CloseProbability = "closeprobability";
        public const string EstimatedCloseDate = "estimatedclosedate";
        public const string CreatedOn = "createdon";
        public const string Name = "name";
        public const string CurrencyId = "transactioncurrencyid";
        public const string ExchangeRate = "exchangerate";
        public const string ProductLine = "sg_productline";
        public const string Region = "sg_region";
        public const string CustomerSegment = "sg_customersegment";
        public const string IsNewCustomer = "sg_isnewcustomer";
    }

    public static class States
    {
        public const int Open = 0;
        public const int Won = 1;
        public const int Lost = 2;
    }

    /// <summary>OpportunityClose (the activity Win and Lose carry).</summary>
    public static class Close
    {
        public const string OpportunityId = "opportunityid";
        public const string ActualRevenue = "actualrevenue";
        public const string ActualEnd = "actualend";
    }
}
