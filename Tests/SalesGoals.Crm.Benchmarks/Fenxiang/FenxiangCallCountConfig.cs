using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SalesGoals.Crm.Benchmarks.Fenxiang;

/// <summary>Runs in process (the call column reads the ledger) with few iterations: the figure that matters
/// is the call count, which does not vary between runs; the timings are loopback timings.</summary>
internal sealed class FenxiangCallCountConfig : ManualConfig
{
    public FenxiangCallCountConfig()
    {
        AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance).WithIterationCount(3).WithId("FenxiangCalls"));
        AddColumn(new FenxiangHttpCallsColumn());
    }
}
