using System;
using System.Threading;
using System.Threading.Tasks;

namespace SalesGoals.Crm.Testing;

/// <summary>
/// Real time that a test's scenario takes on purpose: a handler's work, an outage's length. Never a wait for an
/// effect before asserting (that is <see cref="Poll"/>): the fixed Task.Delay overloads are banned in tests, and these
/// are the named exceptions.
/// </summary>
public static class Simulated
{
    /// <summary>A handler or call that works for <paramref name="duration"/> (or until cancelled).</summary>
    public static Task WorkAsync(TimeSpan duration, CancellationToken cancellationToken = default) =>
        Task.Delay(duration, TimeProvider.System, cancellationToken);

    /// <summary>A handler that works until it is cancelled (e.g. by a host shutting down).</summary>
    public static Task WorkUntilCancelledAsync(CancellationToken cancellationToken) =>
        Task.Delay(Timeout.InfiniteTimeSpan, TimeProvider.System, cancellationToken);

    /// <summary>How long a server stays down before the test brings it back.</summary>
    public static Task OutageAsync(TimeSpan duration, CancellationToken cancellationToken = default) =>
        Task.Delay(duration, TimeProvider.System, cancellationToken);
}
