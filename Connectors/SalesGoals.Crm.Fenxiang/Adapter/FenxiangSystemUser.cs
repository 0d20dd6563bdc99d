namespace SalesGoals.Crm.Fenxiang.Adapter;

/// <summary>Fenxiang's system user <c>-10000</c> (系统): it owns what flows, imports and integrations create. It is no
/// person, so a deal it owns credits no rep: it stays unmatched, and is reported, until someone reassigns it.</summary>
public static class FenxiangSystemUser
{
    public const string Id = "-10000";
}
