namespace SalesGoals.Crm.Integration;

/// <summary>The CRMs the connector syncs with.</summary>
public enum ExternalSystem
{
    Dataverse = 0,
    Zoho = 1,
    Fenxiang = 2,
}
