namespace SalesGoals.Crm.Plugins.Schema;

/// <summary>Platform tables the plug-ins read.</summary>
public static class PlatformTables
{
    public const string UserSettings = "usersettings";
    public const string UiLanguageId = "uilanguageid";
    public const string TransactionCurrency = "transactioncurrency";
    public const string ExchangeRate = "exchangerate";
    public const string CurrencyPrecision = "currencyprecision";
    public const string TeamMembership = "teammembership";
    public const string SystemUserId = "systemuserid";
    public const string TeamId = "teamid";
    public const string SystemUserRoles = "systemuserroles";
    public const string TeamRoles = "teamroles";
    public const string Role = "role";
    public const string RoleId = "roleid";
    public const string RoleName = "name";
    public const string GoalManagerRoleName = "Sales Goal Manager";
    public const string SystemUser = "systemuser";
    public const string FullName = "fullname";
    public const string ParentSystemUserId = "parentsystemuserid";
    public const string Team = "team";
}
