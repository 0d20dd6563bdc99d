namespace SalesGoals.Crm.Plugins.Schema;

/// <summary>The standard lead table; the product adds no columns to it.</summary>
public static class LeadTable
{
    public const string LogicalName = "lead";

    public static class States
    {
        public const int Open = 0;
    }

    public static class Fields
    {
        public const string Id = "leadid";
        public const string Subject = "subject";
        public const string LastName = "lastname";
        public const string OwnerId = "ownerid";
        public const string StateCode = "statecode";
        public const string CreatedOn = "createdon";
        public const string FullName = "fullname";
        public const string EstimatedAmountBase = "estimatedamount_base";
        public const string EstimatedCloseDate = "estimatedclosedate";
    }
}
