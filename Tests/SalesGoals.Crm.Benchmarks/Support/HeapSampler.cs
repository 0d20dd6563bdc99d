using System;
using System.Threading;

namespace SalesGoals.Crm.Benchmarks.Support;

/// <summary>Samples the managed heap on a background thread every <c>interval</c>; Stop returns the peak seen.</summary>
internal sealed class HeapSampler : IDisposable
{
    private readonly Thread _thread;
    private volatile bool _stop;
    private long _peak;

    public HeapSampler(TimeSpan interval)
    {
        _thread = new Thread(() =>
        {
            while (!_stop)
            {
                _peak = Math.Max(_peak, GC.GetTotalMemory(false));
                Thread.Sleep(interval);
            }
        }) { IsBackground = true };
        _thread.Start();
    }

    public long Stop()
    {
        _stop = true;
        _thread.Join();
        return Math.Max(_peak, GC.GetTotalMemory(false));
    }

    public void Dispose() => Stop();
}
