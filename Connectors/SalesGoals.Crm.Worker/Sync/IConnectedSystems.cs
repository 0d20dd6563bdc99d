using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Integration;

namespace SalesGoals.Crm.Worker.Sync;

/// <summary>The connected systems with their current mapping, adapter and user directory.</summary>
public interface IConnectedSystems
{
    IReadOnlyList<ExternalSystem> Systems { get; }

    /// <summary>The system as its mapping stands; <paramref name="refresh"/> re-reads the mapping first (once per pull cycle).</summary>
    Task<ConnectedSystem> GetAsync(ExternalSystem system, bool refresh, CancellationToken cancellationToken);
}
