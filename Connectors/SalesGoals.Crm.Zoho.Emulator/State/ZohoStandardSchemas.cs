using System.Collections.Generic;

namespace SalesGoals.Crm.Zoho.Emulator.State;

/// <summary>The modules a fresh emulated org has: Leads, Accounts, Deals, and the Sales_Targets
/// custom module the connector writes goal progress into (Goal_Id unique), and Tasks with the custom unique
/// Goal_Alert_Key the connector writes goal alerts under.</summary>
public static class ZohoStandardSchemas
{
    public const string Deals = "Deals";
    public const string Accounts = "Accounts";
    public const string Leads = "Leads";
    public const string SalesTargets = "Sales_Targets";
    public const string Tasks = "Tasks";

    /// <summary>Zoho's default Deals stages, plus a second lost stage as many orgs have.</summary>
    public static IReadOnlyList<ZohoStage> DefaultStages { get; } =
    [
        new("Qualification", ZohoStage.Open, 10),
        new("Needs Analysis", ZohoStage.Open, 20),
        new("Value Proposition", ZohoStage.Open, 40),
        new("Id. Decision Makers", ZohoStage.Open, 60),
        new("Proposal/Price Quote", ZohoStage.Open, 75),
        new("Negotiation/Review", ZohoStage.Open, 90),
        new("Closed Won", ZohoStage.ClosedWon, 100),
        new("Closed Lost", ZohoStage.ClosedLost, 0),
        new("Closed Lost to Competition", ZohoStage.ClosedLost, 0),
    ];

    public static IEnumerable<ZohoModuleSchema> Create()
    {
        yield return new ZohoModuleSchema(Leads, "5725767000000002175", custom: false, "Last_Name",
        [
            Owner(),
            new("Last_Name", "text", Mandatory: true),
            new("First_Name", "text"),
            new("Company", "text"),
            new("Email", "email"),
            new("Phone", "phone"),
            new("Lead_Status", "picklist"),
        ], systemDuplicateCheckFields: ["Email"]);

        yield return new ZohoModuleSchema(Accounts, "5725767000000002177", custom: false, "Account_Name",
        [
            Owner(),
            new("Account_Name", "text", Mandatory: true, Unique: true),
            new("Phone", "phone"),
            new("Industry", "picklist"),
        ], systemDuplicateCheckFields: ["Account_Name"]);

        yield return new ZohoModuleSchema(Deals, "5725767000000002181", custom: false, "Deal_Name",
        [
            Owner(),
            new("Deal_Name", "text", Mandatory: true),
            new("Amount", "currency"),
            new("Currency", "picklist"),
            new("Exchange_Rate", "double"),
            new("Stage", "picklist", Mandatory: true),
            new("Closing_Date", "date", Mandatory: true),
            new("Account_Name", "lookup", LookupModule: Accounts),
            new("Probability", "integer"),
            new("Expected_Revenue", "currency", ReadOnly: true),
            new("Region", "picklist", Custom: true),
            new("Segment", "picklist", Custom: true),
        ], systemDuplicateCheckFields: ["Deal_Name"]);

        yield return new ZohoModuleSchema(SalesTargets, "5725767000000900001", custom: true, "Name",
        [
            Owner(),
            new("Name", "text", Mandatory: true),
            new("Goal_Id", "text", Mandatory: true, Unique: true, Custom: true),
            new("Period_Type", "text", Custom: true),
            new("Period_Start", "date", Custom: true),
            new("Period_End", "date", Custom: true),
            new("Metric", "text", Custom: true),
            new("Goal_Currency", "text", Custom: true),
            new("Base_Value", "double", Custom: true),
            new("Target_Value", "double", Custom: true),
            new("Stretch_Value", "double", Custom: true),
            new("Actual_Value", "double", Custom: true),
            new("Attainment_Percent", "double", Custom: true),
            new("Expected_To_Date", "double", Custom: true),
            new("Pace_Status", "text", Custom: true),
            new("Tier", "text", Custom: true),
            new("Computed_On", "datetime", Custom: true),
        ]);

        // Zoho's standard Tasks fields (Status and Priority with their standard values) plus the admin's unique key.
        yield return new ZohoModuleSchema(Tasks, "5725767000000002189", custom: false, "Subject",
        [
            Owner(),
            new("Subject", "text", Mandatory: true),
            new("Due_Date", "date"),
            new("Status", "picklist") { PickList = ["Not Started", "Deferred", "In Progress", "Completed", "Waiting for input"] },
            new("Priority", "picklist") { PickList = ["Highest", "High", "Normal", "Low", "Lowest"] },
            new("Description", "textarea"),
            new("Goal_Alert_Key", "text", Unique: true, Custom: true),
        ]);
    }

    private static ZohoFieldSchema Owner() => new("Owner", "ownerlookup");
}
