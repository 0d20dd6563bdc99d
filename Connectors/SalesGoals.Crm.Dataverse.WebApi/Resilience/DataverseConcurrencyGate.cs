using System;
using System.Threading;
using Microsoft.Extensions.Options;
using SalesGoals.Crm.Dataverse.WebApi.Configuration;

namespace SalesGoals.Crm.Dataverse.WebApi.Resilience;

/// <summary>The one semaphore all Dataverse requests of a process share (handlers are created per client, the gate is a singleton).</summary>
public sealed class DataverseConcurrencyGate : IDisposable
{
    public DataverseConcurrencyGate(IOptions<DataverseWebApiOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limit = Math.Max(1, options.Value.MaxConcurrency);
        Semaphore = new SemaphoreSlim(limit, limit);
    }

    public SemaphoreSlim Semaphore { get; }

    public void Dispose() => Semaphore.Dispose();
}
