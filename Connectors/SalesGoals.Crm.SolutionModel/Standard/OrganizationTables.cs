using System.Collections.Generic;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.SolutionModel.Standard;

/// <summary>Users, teams, business units, roles, currencies and settings.</summary>
internal static class OrganizationTables
{
    public static IEnumerable<TableDefinition> All()
    {
        yield return new TableBuilder("systemuser", "SystemUser", "systemusers", OwnershipType.BusinessOwned, "User", "用户")
            .Key()
            .Name("fullname", 200, "Full Name", RequiredLevel.None)
            .Text("firstname", 256, "First Name")
            .Text("lastname", 256, "Last Name", RequiredLevel.ApplicationRequired)
            .Text("internalemailaddress", 100, "Primary Email")
            .Text("domainname", 1024, "User Name", RequiredLevel.SystemRequired)
            .Text("title", 128, "Title")
            .Lookup("businessunitid", "Business Unit", "businessunit")
            .Lookup("parentsystemuserid", "Manager", "systemuser")
            .Bool("isdisabled", "Status", computed: true)
            .Choice("accessmode", "Access Mode", (0, "Read-Write"), (1, "Administrative"), (2, "Read"), (3, "Support User"), (4, "Non-interactive"), (5, "Delegated Admin"))
            .Audit()
            .Build();

        yield return new TableBuilder("team", "Team", "teams", OwnershipType.BusinessOwned, "Team", "团队")
            .Key()
            .Name("name", 160, "Team Name")
            .Choice("teamtype", "Team Type", (0, "Owner"), (1, "Access"), (2, "Security Group"), (3, "Office Group"))
            .Lookup("businessunitid", "Business Unit", "businessunit")
            .Lookup("administratorid", "Administrator", "systemuser")
            .Bool("isdefault", "Is Default", computed: true)
            .Memo("description", 2000, "Description")
            .Audit()
            .Build();

        yield return new TableBuilder("teammembership", "TeamMembership", "teammemberships", OwnershipType.None, "Team Membership", "团队成员身份")
            .Intersect()
            .Key()
            .Guid("systemuserid", "User")
            .Guid("teamid", "Team")
            .Version()
            .Build();

        yield return new TableBuilder("businessunit", "BusinessUnit", "businessunits", OwnershipType.BusinessOwned, "Business Unit", "业务部门")
            .Key()
            .Name("name", 160, "Name")
            .Lookup("parentbusinessunitid", "Parent Business", "businessunit")
            .Bool("isdisabled", "Is Disabled", computed: true)
            .Audit()
            .Build();

        yield return new TableBuilder("role", "Role", "roles", OwnershipType.BusinessOwned, "Security Role", "安全角色")
            .Key()
            .Name("name", 100, "Name")
            .Lookup("businessunitid", "Business Unit", "businessunit")
            .Lookup("parentrootroleid", "Parent Root Role", "role")
            .Audit()
            .Build();

        yield return new TableBuilder("systemuserroles", "SystemUserRoles", "systemuserrolescollection", OwnershipType.None, "User Roles", "用户角色")
            .Intersect()
            .Key("systemuserroleid", "User Role")
            .Guid("systemuserid", "User")
            .Guid("roleid", "Role")
            .Version()
            .Build();

        yield return new TableBuilder("teamroles", "TeamRoles", "teamrolescollection", OwnershipType.None, "Team Roles", "团队角色")
            .Intersect()
            .Key("teamroleid", "Team Role")
            .Guid("teamid", "Team")
            .Guid("roleid", "Role")
            .Version()
            .Build();

        yield return new TableBuilder("transactioncurrency", "TransactionCurrency", "transactioncurrencies", OwnershipType.OrganizationOwned, "Currency", "货币")
            .Key()
            .Name("currencyname", 100, "Currency Name")
            .Text("isocurrencycode", 5, "Currency Code", RequiredLevel.SystemRequired)
            .Text("currencysymbol", 13, "Currency Symbol", RequiredLevel.ApplicationRequired)
            .Decimal("exchangerate", "Exchange Rate", 10, 0.0000000001m, 100000000000m)
            .Int("currencyprecision", "Currency Precision", 0, 4)
            .States((0, "Active", 1), (1, "Inactive", 2))
            .Statuses((1, "Active", 0), (2, "Inactive", 1))
            .Audit()
            .Build();

        // usersettings is keyed by the user: its primary key column is systemuserid.
        yield return new TableBuilder("usersettings", "UserSettings", "usersettingscollection", OwnershipType.None, "User Settings", "用户设置")
            .Key("systemuserid", "User")
            .Lookup("businessunitid", "Business Unit", "businessunit")
            .Int("uilanguageid", "UI Language Code")
            .Int("localeid", "Locale Id")
            .Int("timezonecode", "Time Zone", 0, 1500)
            .Lookup("transactioncurrencyid", "Currency", "transactioncurrency")
            .Build();

        yield return new TableBuilder("organization", "Organization", "organizations", OwnershipType.None, "Organization", "组织")
            .Key()
            .Name("name", 160, "Organization Name")
            .Lookup("basecurrencyid", "Currency", "transactioncurrency")
            .Int("languagecode", "Language")
            .Int("pricingdecimalprecision", "Pricing Decimal Precision", 0, 4)
            .Build();
    }
}
