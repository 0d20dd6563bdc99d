using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Integration;

namespace SalesGoals.Crm.Worker.Sync;

/// <summary>Systems built once by the caller (the sandbox's code-defined mappings).</summary>
public sealed class FixedConnectedSystems : IConnectedSystems
{
    private readonly Dictionary<ExternalSystem, ConnectedSystem> _systems;

    public FixedConnectedSystems(IEnumerable<ConnectedSystem> systems)
    {
        ArgumentNullException.ThrowIfNull(systems);
        _systems = systems.ToDictionary(s => s.System);
    }

    public IReadOnlyList<ExternalSystem> Systems => _systems.Keys.ToList();

    public Task<ConnectedSystem> GetAsync(ExternalSystem system, bool refresh, CancellationToken cancellationToken) =>
        _systems.TryGetValue(system, out var connected)
            ? Task.FromResult(connected)
            : throw new SalesGoals.Crm.Messaging.Consumers.UnprocessableMessageException($"No connected system {system}.");
}
