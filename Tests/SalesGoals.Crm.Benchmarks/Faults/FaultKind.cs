namespace SalesGoals.Crm.Benchmarks.Faults;

/// <summary>The faults the bench arms, one per cycle in turn.</summary>
internal enum FaultKind
{
    /// <summary>429 storms on Dataverse, Zoho and Fenxiang at once.</summary>
    Storms,

    /// <summary>The broker stopped and restarted while a pull is in flight.</summary>
    BrokerRestart,

    /// <summary>Every access token (Zoho, Fenxiang, Dataverse) expires on its own mid-pull.</summary>
    TokensExpire,
}
