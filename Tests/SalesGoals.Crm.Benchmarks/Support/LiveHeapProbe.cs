using System;
using System.Diagnostics;
using SalesGoals.Crm.LocalDataverse;
using SalesGoals.Crm.LocalDataverse.Concurrency;

namespace SalesGoals.Crm.Benchmarks.Support;

/// <summary>
/// What a slice holds while it runs, apart from the store: before a sampled slice the heap is collected (its live size
/// then includes the seeded store and every earlier slice's rows); inside it, every <c>every</c>-th request a plug-in
/// makes collects again and records the live heap above that start. So uncollected garbage (which the runtime lets
/// grow with the heap's size) and the store's earlier growth are both left out; what remains is the slice's working
/// set plus the rows it has written so far. The probe fires before each read and bulk write a plug-in makes (not on the
/// per-record operations inside a bulk message), where a step holds its page. Full collections are slow on a large heap, so only slices 0, 1, 2 and each
/// power of two are sampled.
/// </summary>
internal sealed class LiveHeapProbe : IDisposable
{
    private readonly IDisposable _registration;
    private readonly int _every;
    private bool _active;
    private int _seen;
    private long _start;

    public LiveHeapProbe(LocalDataverseEnvironment env, int every)
    {
        _every = Math.Max(1, every);
        _registration = env.Interleaving.At(Observe, _ => { }, once: false);
    }

    /// <summary>The largest live heap above a sampled slice's start.</summary>
    public long PeakAboveSliceStart { get; private set; }

    /// <summary>The largest live heap a sampled slice left behind (its ledger rows in the store, the store's bookkeeping).</summary>
    public long KeptBySlice { get; private set; }

    public int SampledSlices { get; private set; }

    /// <summary>Time spent in the full collections made inside slices (the bench takes it off the slices' time).</summary>
    public TimeSpan Spent => _spent.Elapsed;

    private readonly Stopwatch _spent = new();

    public static bool Samples(int slice) => slice < 3 || (slice & (slice - 1)) == 0;

    public void BeginSlice(int slice)
    {
        _active = Samples(slice);
        if (_active)
        {
            SampledSlices++;
            _seen = 0;
            _start = GC.GetTotalMemory(true);
        }
    }

    public void EndSlice()
    {
        if (_active)
        {
            var kept = GC.GetTotalMemory(true) - _start;
            KeptBySlice = Math.Max(KeptBySlice, kept);
            PeakAboveSliceStart = Math.Max(PeakAboveSliceStart, kept);
        }

        _active = false;
    }

    public void Dispose() => _registration.Dispose();

    private bool Observe(PipelineCheckpoint p)
    {
        if (_active && p.Stage == 30 && p.Depth > 1 && p.Point == PipelinePoint.BeforeStage
            && p.MessageName is "RetrieveMultiple" or "CreateMultiple" or "UpdateMultiple" or "ExecuteMultiple" && ++_seen % _every == 0)
        {
            Record();
        }

        return false;
    }

    private void Record()
    {
        _spent.Start();
        PeakAboveSliceStart = Math.Max(PeakAboveSliceStart, GC.GetTotalMemory(true) - _start);
        _spent.Stop();
    }
}
