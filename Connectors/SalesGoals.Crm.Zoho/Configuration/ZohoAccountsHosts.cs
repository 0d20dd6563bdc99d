using System;

namespace SalesGoals.Crm.Zoho.Configuration;

/// <summary>The OAuth (accounts) host of each data centre, as Zoho publishes them.</summary>
public static class ZohoAccountsHosts
{
    public static Uri For(ZohoDataCentre dataCentre) => dataCentre switch
    {
        ZohoDataCentre.Us => new Uri("https://accounts.zoho.com"),
        ZohoDataCentre.Eu => new Uri("https://accounts.zoho.eu"),
        ZohoDataCentre.In => new Uri("https://accounts.zoho.in"),
        ZohoDataCentre.Au => new Uri("https://accounts.zoho.com.au"),
        ZohoDataCentre.Cn => new Uri("https://accounts.zoho.com.cn"),
        ZohoDataCentre.Jp => new Uri("https://accounts.zoho.jp"),
        ZohoDataCentre.Ca => new Uri("https://accounts.zohocloud.ca"),
        ZohoDataCentre.Sa => new Uri("https://accounts.zoho.sa"),
        _ => throw new ArgumentOutOfRangeException(nameof(dataCentre), dataCentre, "Unknown Zoho data centre."),
    };
}
