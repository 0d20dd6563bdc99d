namespace SalesGoals.Crm.Plugins.Schema;

/// <summary>The standard invoice table and our paid-date column on it (Solution/Entities/Invoice).</summary>
public static class InvoiceTable
{
    public const string LogicalName = "invoice";

    public static class Fields
    {
        public const string Id = "invoiceid";
        public const string Name = "name";
        public const string InvoiceNumber = "invoicenumber";
        public const string CustomerId = "customerid";
        public const string OwnerId = "ownerid";
        public const string StateCode = "statecode";
        public const string StatusCode = "statuscode";
        public const string TotalAmount = "totalamount";
        public const string TotalAmountBase = "totalamount_base";
        public const string CurrencyId = "transactioncurrencyid";
        public const string PaidOn = "sg_paidon";
    }

    public static class States
    {
        public const int Active = 0;
        public const int Paid = 2;
        public const int Canceled = 3;
    }
}
