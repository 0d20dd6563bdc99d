using System;
using System.Threading;

namespace SalesGoals.Crm.Benchmarks.Support;

/// <summary>Samples the managed heap on a background thread every <c>interval</c>; Stop returns the peak seen.</summary>
internal sealed class HeapSampler : IDisposable
{
    private readonly Thread _thread;
    private readonly ManualResetEventSlim _stopped = new();
    private long _peak;

    public HeapSampler(TimeSpan interval)
    {
        _thread = new Thread(() =>
        {
            do
            {
                _peak = Math.Max(_peak, GC.GetTotalMemory(false));
            }
            while (!_stopped.Wait(interval));
        }) { IsBackground = true };
        _thread.Start();
    }

    public long Stop()
    {
        _stopped.Set();
        _thread.Join();
        return Math.Max(_peak, GC.GetTotalMemory(false));
    }

    public void Dispose()
    {
        Stop();
        _stopped.Dispose();
    }
}
