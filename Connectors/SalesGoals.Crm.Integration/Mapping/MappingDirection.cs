namespace SalesGoals.Crm.Integration.Mapping;

/// <summary>Which way a field flows.</summary>
public enum MappingDirection
{
    /// <summary>External system into Dataverse (deals).</summary>
    Inbound = 0,

    /// <summary>Dataverse out to the external system (goals and progress).</summary>
    Outbound = 1,

    Both = 2,
}
