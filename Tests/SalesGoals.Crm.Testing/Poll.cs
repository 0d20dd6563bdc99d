using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace SalesGoals.Crm.Testing;

/// <summary>
/// Waits for an effect that happens elsewhere (another thread, process or server) by asking again and again until
/// a deadline: the one place tests may pause, so no test sleeps a fixed time and hopes. Deadlines are generous
/// (CI and the shared machine are loaded); a condition that holds returns at once.
/// </summary>
public static class Poll
{
    /// <summary>What a test waits at most unless it says otherwise.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(20);

    /// <summary>True as soon as <paramref name="condition"/> holds; false when <paramref name="timeout"/> passes first.</summary>
    public static Task<bool> UntilAsync(Func<bool> condition, TimeSpan? timeout = null, TimeSpan? interval = null, CancellationToken cancellationToken = default) =>
        UntilAsync(() => Task.FromResult(condition()), timeout, interval, cancellationToken);

    /// <summary>True as soon as <paramref name="condition"/> holds; false when <paramref name="timeout"/> passes first.</summary>
    public static async Task<bool> UntilAsync(Func<Task<bool>> condition, TimeSpan? timeout = null, TimeSpan? interval = null, CancellationToken cancellationToken = default)
    {
        var deadline = timeout ?? DefaultTimeout;
        var watch = Stopwatch.StartNew();
        while (!await condition().ConfigureAwait(false))
        {
            if (watch.Elapsed > deadline)
            {
                return false;
            }

            await PauseAsync(interval ?? DefaultInterval, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>Gives the system under test a moment between two looks (real time: what is polled runs in real time).</summary>
    private static Task PauseAsync(TimeSpan interval, CancellationToken cancellationToken) =>
        Task.Delay(interval, TimeProvider.System, cancellationToken);
}
