using System;

namespace SalesGoals.Crm.LocalDataverse.WebApi.Hosting;

/// <summary>Options of the local Web API server.</summary>
public sealed class LocalWebApiOptions
{
    /// <summary>The user every request runs as (null = the environment's SYSTEM user), as the application user of a real org.</summary>
    public Guid? CallerId { get; init; }

    /// <summary>How long issued tokens live (Entra ID: about an hour).</summary>
    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>The clock of token expiry (the local Dataverse keeps its own).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>False: the request log keeps no bodies (a bench sending megabytes per request measures its own memory).</summary>
    public bool RecordBodies { get; init; } = true;
}
