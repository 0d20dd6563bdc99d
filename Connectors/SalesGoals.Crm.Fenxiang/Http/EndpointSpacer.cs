using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;
using SalesGoals.Crm.Fenxiang.Configuration;

namespace SalesGoals.Crm.Fenxiang.Http;

/// <summary>Hands out send slots per endpoint at least <see cref="FenxiangOptions.EndpointSpacing"/> apart.
/// A singleton: handlers come and go with the HttpClient factory, the schedule must not.</summary>
public sealed class EndpointSpacer
{
    private readonly Dictionary<string, DateTimeOffset> nextSlot = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private readonly TimeProvider time;
    private readonly IOptions<FenxiangOptions> options;

    public EndpointSpacer(TimeProvider time, IOptions<FenxiangOptions> options)
    {
        this.time = time;
        this.options = options;
    }

    public Task WaitForSlotAsync(string endpoint, CancellationToken cancellationToken)
    {
        var spacing = options.Value.EndpointSpacing;
        if (spacing <= TimeSpan.Zero)
        {
            return Task.CompletedTask;
        }

        var now = time.GetUtcNow();
        DateTimeOffset slot;
        lock (gate)
        {
            slot = nextSlot.TryGetValue(endpoint, out var reserved) && reserved > now ? reserved : now;
            nextSlot[endpoint] = slot + spacing;
        }

        var wait = slot - now;
        return wait > TimeSpan.Zero ? Task.Delay(wait, time, cancellationToken) : Task.CompletedTask;
    }
}
