using System.Linq;
using SalesGoals.Crm.SolutionModel.Model;
using SalesGoals.Crm.SolutionModel.Standard;

namespace SalesGoals.Crm.SolutionModel.Tests.Standard;

/// <summary>The built-in standard tables carry Dataverse's real names and option values.</summary>
[TestClass]
public sealed class StandardTablesTests
{
    private static OptionDefinition Option(string table, string column, int value) =>
        StandardTables.Find(table)?.FindColumn(column)?.OptionSet?.Find(value)
        ?? throw new AssertFailedException($"{table}.{column} has no option {value}");

    [TestMethod]
    [DataRow("systemuser", "systemuserid", "fullname", "systemusers")]
    [DataRow("team", "teamid", "name", "teams")]
    [DataRow("teammembership", "teammembershipid", null, "teammemberships")]
    [DataRow("businessunit", "businessunitid", "name", "businessunits")]
    [DataRow("role", "roleid", "name", "roles")]
    [DataRow("systemuserroles", "systemuserroleid", null, "systemuserrolescollection")]
    [DataRow("transactioncurrency", "transactioncurrencyid", "currencyname", "transactioncurrencies")]
    [DataRow("usersettings", "systemuserid", null, "usersettingscollection")]
    [DataRow("organization", "organizationid", "name", "organizations")]
    [DataRow("account", "accountid", "name", "accounts")]
    [DataRow("contact", "contactid", "fullname", "contacts")]
    [DataRow("lead", "leadid", "fullname", "leads")]
    [DataRow("opportunity", "opportunityid", "name", "opportunities")]
    [DataRow("opportunityclose", "activityid", "subject", "opportunitycloses")]
    [DataRow("appointment", "activityid", "subject", "appointments")]
    [DataRow("invoice", "invoiceid", "name", "invoices")]
    [DataRow("product", "productid", "name", "products")]
    [DataRow("appnotification", "appnotificationid", "title", "appnotifications")]
    [DataRow("annotation", "annotationid", "subject", "annotations")]
    public void Find_StandardTable_HasRealNames(string table, string primaryId, string? primaryName, string entitySet)
    {
        var definition = StandardTables.Find(table);

        Assert.IsNotNull(definition);
        Assert.AreEqual(primaryId, definition.PrimaryIdAttribute);
        Assert.AreEqual(primaryName, definition.PrimaryNameAttribute);
        Assert.AreEqual(entitySet, definition.EntitySetName);
        Assert.AreEqual(ColumnType.PrimaryKey, definition.FindColumn(primaryId)?.Type);
    }

    [TestMethod]
    [DataRow("opportunity", 0, "Open", 1)]
    [DataRow("opportunity", 1, "Won", 3)]
    [DataRow("opportunity", 2, "Lost", 4)]
    [DataRow("lead", 0, "Open", 1)]
    [DataRow("lead", 1, "Qualified", 3)]
    [DataRow("lead", 2, "Disqualified", 4)]
    [DataRow("appointment", 0, "Open", 1)]
    [DataRow("appointment", 1, "Completed", 3)]
    [DataRow("appointment", 2, "Canceled", 4)]
    [DataRow("appointment", 3, "Scheduled", 5)]
    [DataRow("opportunityclose", 1, "Completed", 2)]
    [DataRow("invoice", 0, "Active", 1)]
    [DataRow("invoice", 2, "Paid", 100001)]
    [DataRow("invoice", 3, "Canceled", 100003)]
    [DataRow("account", 1, "Inactive", 2)]
    [DataRow("transactioncurrency", 0, "Active", 1)]
    public void Find_StateOption_HasLabelAndDefaultStatus(string table, int state, string label, int defaultStatus)
    {
        var option = Option(table, "statecode", state);

        Assert.AreEqual(label, option.Labels[1033]);
        Assert.AreEqual(defaultStatus, option.DefaultStatus);
        Assert.AreEqual(state, Option(table, "statuscode", defaultStatus).State, "the default status belongs to its state");
    }

    [TestMethod]
    [DataRow("opportunity", 1, "In Progress", 0)]
    [DataRow("opportunity", 2, "On Hold", 0)]
    [DataRow("opportunity", 3, "Won", 1)]
    [DataRow("opportunity", 4, "Canceled", 2)]
    [DataRow("opportunity", 5, "Out-Sold", 2)]
    [DataRow("lead", 3, "Qualified", 1)]
    [DataRow("lead", 4, "Lost", 2)]
    [DataRow("appointment", 6, "Out of Office", 3)]
    [DataRow("invoice", 100001, "Complete", 2)]
    [DataRow("invoice", 100002, "Partial", 2)]
    [DataRow("product", 0, "Draft", 2)]
    public void Find_StatusOption_BelongsToItsState(string table, int status, string label, int state)
    {
        var option = Option(table, "statuscode", status);

        Assert.AreEqual(label, option.Labels[1033]);
        Assert.AreEqual(state, option.State);
    }

    [TestMethod]
    [DataRow("opportunity", "estimatedvalue")]
    [DataRow("opportunity", "actualvalue")]
    [DataRow("opportunityclose", "actualrevenue")]
    [DataRow("invoice", "totalamount")]
    [DataRow("lead", "estimatedamount")]
    public void Find_MoneyColumn_HasReadOnlyBaseCompanion(string table, string column)
    {
        var definition = StandardTables.Find(table)!;
        var money = definition.FindColumn(column);
        var baseColumn = definition.FindColumn(column + "_base");

        Assert.AreEqual(ColumnType.Money, money?.Type);
        Assert.AreEqual(column + "_base", money?.BaseColumn);
        Assert.IsNotNull(baseColumn);
        Assert.IsFalse(baseColumn.IsValidForCreate);
        Assert.IsFalse(baseColumn.IsValidForUpdate);
        Assert.IsNotNull(definition.FindColumn("transactioncurrencyid"));
        Assert.IsNotNull(definition.FindColumn("exchangerate"));
    }

    [TestMethod]
    public void All_UserOwnedTables_HaveOwnerColumns()
    {
        var missing = StandardTables.All
            .Where(t => t.Ownership == OwnershipType.UserOwned)
            .SelectMany(t => new[] { "ownerid", "owninguser", "owningteam", "owningbusinessunit", "createdon", "modifiedby", "versionnumber" }
                .Where(c => t.FindColumn(c) is null)
                .Select(c => $"{t.LogicalName}.{c}"))
            .ToArray();

        Assert.IsEmpty(missing, string.Join(", ", missing));
    }

    [TestMethod]
    public void All_Lookups_TargetDescribedTables()
    {
        var dangling = StandardTables.All
            .SelectMany(t => t.Columns.SelectMany(c => c.Targets.Select(target => (t, c, target))))
            .Where(x => StandardTables.Find(x.target) is null)
            .Select(x => $"{x.t.LogicalName}.{x.c.LogicalName} -> {x.target}")
            .ToArray();

        Assert.IsEmpty(dangling, string.Join(", ", dangling));
    }

    [TestMethod]
    [DataRow("systemuser", "parentsystemuserid", "systemuser")]
    [DataRow("systemuser", "businessunitid", "businessunit")]
    [DataRow("team", "administratorid", "systemuser")]
    [DataRow("businessunit", "parentbusinessunitid", "businessunit")]
    [DataRow("organization", "basecurrencyid", "transactioncurrency")]
    [DataRow("opportunityclose", "opportunityid", "opportunity")]
    public void Find_Lookup_TargetsTheRightTable(string table, string column, string target)
    {
        CollectionAssert.Contains(StandardTables.Find(table)!.FindColumn(column)!.Targets.ToArray(), target);
    }

    [TestMethod]
    public void Find_OpportunityCustomer_TargetsAccountAndContact()
    {
        var customer = StandardTables.Find("opportunity")!.FindColumn("customerid")!;

        Assert.AreEqual(ColumnType.Customer, customer.Type);
        CollectionAssert.AreEqual(new[] { "account", "contact" }, customer.Targets.ToArray());
    }

    [TestMethod]
    [DataRow("teamtype", 0, "Owner")]
    [DataRow("teamtype", 1, "Access")]
    public void Find_TeamType_HasPlatformValues(string column, int value, string label)
    {
        Assert.AreEqual(label, Option("team", column, value).Labels[1033]);
    }

    [TestMethod]
    [DataRow("icontype", 100000000, "Info")]
    [DataRow("icontype", 100000003, "Warning")]
    [DataRow("toasttype", 200000000, "Timed")]
    [DataRow("priority", 200000001, "High")]
    public void Find_AppNotificationChoice_HasPlatformValues(string column, int value, string label)
    {
        Assert.AreEqual(label, Option("appnotification", column, value).Labels[1033]);
    }

    [TestMethod]
    public void Find_IsCaseInsensitiveAndUnknownIsNull()
    {
        Assert.AreSame(StandardTables.Find("opportunity"), StandardTables.Find("Opportunity"));
        Assert.IsNull(StandardTables.Find("sg_goal"));
    }
}
