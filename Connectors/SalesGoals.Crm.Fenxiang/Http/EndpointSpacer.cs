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
    private readonly Dictionary<string, DateTimeOffset> _nextSlot = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly IOptions<FenxiangOptions> _options;

    public EndpointSpacer(TimeProvider time, IOptions<FenxiangOptions> options)
    {
        _time = time;
        _options = options;
    }

    public Task WaitForSlotAsync(string endpoint, CancellationToken cancellationToken)
    {
        var spacing = _options.Value.EndpointSpacing;
        if (spacing <= TimeSpan.Zero)
        {
            return Task.CompletedTask;
        }

        var now = _time.GetUtcNow();
        DateTimeOffset slot;
        lock (_gate)
        {
            slot = _nextSlot.TryGetValue(endpoint, out var reserved) && reserved > now ? reserved : now;
            _nextSlot[endpoint] = slot + spacing;
        }

        var wait = slot - now;
        return wait > TimeSpan.Zero ? Task.Delay(wait, _time, cancellationToken) : Task.CompletedTask;
    }
}
