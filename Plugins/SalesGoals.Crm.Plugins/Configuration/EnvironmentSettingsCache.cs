using System;
using System.Collections.Concurrent;

namespace SalesGoals.Crm.Plugins.Configuration;

/// <summary>
/// Shares environment-variable snapshots between executions. Plug-in instances are cached by the platform and
/// run on many threads at once, so nothing lives in instance fields: this static map holds one immutable
/// snapshot per organization (the sandbox may serve several), replaced whole, never mutated. A snapshot is
/// used for <see cref="Lifetime"/> of execution time (the operation's own creation time, not the machine
/// clock), so a changed value takes effect within a minute without a read on every win. Two threads that
/// both find it stale both read; the later write wins, and both values were current.
/// </summary>
public static class EnvironmentSettingsCache
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private static readonly ConcurrentDictionary<Guid, EnvironmentSettingsSnapshot> Snapshots = new();

    public static EnvironmentSettingsSnapshot Get(Guid organizationId, DateTimeOffset now, Func<DateTimeOffset, EnvironmentSettingsSnapshot> read)
    {
        if (Snapshots.TryGetValue(organizationId, out var cached) && IsFresh(cached, now))
        {
            return cached;
        }

        var fresh = read(now);
        Snapshots[organizationId] = fresh;
        return fresh;
    }

    // An execution older than the snapshot (a queued or replayed operation) reads again rather than trust a
    // snapshot from its future.
    private static bool IsFresh(EnvironmentSettingsSnapshot snapshot, DateTimeOffset now) =>
        now >= snapshot.ReadAt && now - snapshot.ReadAt < Lifetime;
}
