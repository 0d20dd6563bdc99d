using System;
using System.Collections.Concurrent;
using System.Threading;

namespace SalesGoals.Crm.Zoho.Resilience;

/// <summary>One semaphore per org, shared by every client of that org in the process.</summary>
public sealed class ZohoConcurrencyGates : IDisposable
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);

    public SemaphoreSlim For(string orgKey, int maxConcurrency) =>
        _gates.GetOrAdd(orgKey, _ => new SemaphoreSlim(maxConcurrency, maxConcurrency));

    public void Dispose()
    {
        foreach (var gate in _gates.Values)
        {
            gate.Dispose();
        }
    }
}
