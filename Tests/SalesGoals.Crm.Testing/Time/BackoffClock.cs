using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;

namespace SalesGoals.Crm.Testing.Time;

/// <summary>
/// A fake clock for the client side of resilience tests. Whenever a short timer is armed (a retry back-off,
/// a token-throttle pause, an endpoint spacing wait: at most <see cref="LongestWait"/>) it moves itself to
/// that timer's due time, so back-offs elapse in fake time and no test waits real time for them. Longer timers
/// (attempt and total timeouts, token lifetimes) fire only when a test advances the clock past them itself.
/// </summary>
public sealed class BackoffClock : FakeTimeProvider, IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly List<ArmedTimer> _armed = [];
    private readonly SemaphoreSlim _wake = new(0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _driver;
    private long _skipped;

    public BackoffClock(DateTimeOffset start, TimeSpan longestWait)
        : base(start)
    {
        LongestWait = longestWait;
        _driver = Task.Run(DriveAsync);
    }

    /// <summary>Timers due within this span are run at once; longer ones wait for the test.</summary>
    public TimeSpan LongestWait { get; }

    /// <summary>Fake time skipped so far by running short timers early (the back-offs' total).</summary>
    public TimeSpan Skipped => TimeSpan.FromTicks(Interlocked.Read(ref _skipped));

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var armed = new ArmedTimer(this);
        armed.Attach(base.CreateTimer(s => armed.Fire(callback, s), state, dueTime, period), dueTime, period);
        return armed;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _driver.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (OperationCanceledException)
        {
            // Stopped on purpose.
        }

        _stop.Dispose();
        _wake.Dispose();
    }

    private async Task DriveAsync()
    {
        while (true)
        {
            await _wake.WaitAsync(_stop.Token);

            // Let the timers armed in the same burst (parallel calls backing off together) register first.
            await Task.Yield();
            while (NextDue() is { } due)
            {
                var step = due - GetUtcNow();
                if (step > TimeSpan.Zero)
                {
                    Interlocked.Add(ref _skipped, step.Ticks);
                    Advance(step);
                }
            }
        }
    }

    private DateTimeOffset? NextDue()
    {
        lock (_gate)
        {
            var now = GetUtcNow();
            _armed.RemoveAll(t => t.Due is not { } due || due <= now && t.HasFired);
            return _armed.Count == 0 ? null : _armed.Min(t => t.Due);
        }
    }

    private void Track(ArmedTimer timer, TimeSpan dueTime)
    {
        lock (_gate)
        {
            _armed.Remove(timer);
            timer.Due = dueTime > TimeSpan.Zero && dueTime <= LongestWait ? GetUtcNow() + dueTime : null;
            if (timer.Due is null)
            {
                return;
            }

            _armed.Add(timer);
        }

        _wake.Release();
    }

    private void Forget(ArmedTimer timer)
    {
        lock (_gate)
        {
            _armed.Remove(timer);
        }
    }

    /// <summary>The fake clock's timer, watched so the clock knows which short waits are pending.</summary>
    private sealed class ArmedTimer(BackoffClock clock) : ITimer
    {
        private ITimer? _inner;
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public DateTimeOffset? Due { get; set; }

        public bool HasFired { get; private set; }

        public void Attach(ITimer inner, TimeSpan dueTime, TimeSpan period)
        {
            _inner = inner;
            _period = period;
            if (!HasFired)
            {
                clock.Track(this, dueTime);
            }
        }

        public void Fire(TimerCallback callback, object? state)
        {
            HasFired = _period == Timeout.InfiniteTimeSpan;
            if (HasFired)
            {
                clock.Forget(this);
            }
            else
            {
                clock.Track(this, _period);
            }

            // Real timers call back on the thread pool, and so does this one: run inline on the driver, the
            // continuation of a finished back-off could carry the test on into its cleanup, which disposes this
            // clock and waits for the driver — that is, for itself (a hang seen about once in eight runs).
            ThreadPool.UnsafeQueueUserWorkItem(static s => s.Callback(s.State), (Callback: callback, State: state), preferLocal: false);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            _period = period;
            HasFired = false;
            var changed = _inner?.Change(dueTime, period) ?? false;
            clock.Track(this, dueTime);
            return changed;
        }

        public void Dispose()
        {
            clock.Forget(this);
            _inner?.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
