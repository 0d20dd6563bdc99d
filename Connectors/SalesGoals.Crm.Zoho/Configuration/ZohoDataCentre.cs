namespace SalesGoals.Crm.Zoho.Configuration;

/// <summary>The Zoho data centre an org lives in; it decides the accounts (OAuth) host.</summary>
public enum ZohoDataCentre
{
    /// <summary>United States: accounts.zoho.com.</summary>
    Us = 0,

    /// <summary>Europe: accounts.zoho.eu.</summary>
    Eu = 1,

    /// <summary>India: accounts.zoho.in.</summary>
    In = 2,

    /// <summary>Australia: accounts.zoho.com.au.</summary>
    Au = 3,

    /// <summary>China: accounts.zoho.com.cn.</summary>
    Cn = 4,

    /// <summary>Japan: accounts.zoho.jp.</summary>
    Jp = 5,

    /// <summary>Canada: accounts.zohocloud.ca.</summary>
    Ca = 6,

    /// <summary>Saudi Arabia: accounts.zoho.sa.</summary>
    Sa = 7,
}
