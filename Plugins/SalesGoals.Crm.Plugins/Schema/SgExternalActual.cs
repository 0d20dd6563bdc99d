namespace SalesGoals.Crm.Plugins.Schema;

/// <summary>Table sg_externalactual: a won/lost deal pulled from Zoho CRM or Fenxiang by the connector worker.</summary>
public static class SgExternalActual
{
    public const string LogicalName = "sg_externalactual";

    public static class Fields
    {
        public const string Id = "sg_externalactualid";
        public const string Name = "sg_name";
        public const string StateCode = "statecode";
        public const string OwnerUserId = "sg_owneruserid";
        public const string Amount = "sg_amount";
        public const string AmountBase = "sg_amount_base";
        public const string CurrencyId = "transactioncurrencyid";
        public const string DealState = "sg_dealstate";
        public const string CloseDate = "sg_closedate";
        public const string CreatedDate = "sg_createddate";
        public const string ProductLine = "sg_productline";
        public const string Region = "sg_region";
        public const string CustomerSegment = "sg_customersegment";
        public const string IsNewCustomer = "sg_isnewcustomer";
        public const string SourceSystem = "sg_sourcesystem";
        public const string ExternalId = "sg_externalid";
    }

    public static class Options
    {
        public const int DealOpen = 100000000;
        public const int DealWon = 100000001;
        public const int DealLost = 100000002;

        /// <summary>statecode Active; an inactive (deactivated) row counts for nobody.</summary>
        public const int StateActive = 0;
    }
}
