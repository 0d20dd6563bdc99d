using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SalesGoals.Crm.Benchmarks.Messaging;

/// <summary>Short in-process runs: the broker and the client share the process, as in the sandbox.</summary>
internal sealed class MessagingBenchmarkConfig : ManualConfig
{
    public MessagingBenchmarkConfig()
    {
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5).WithId("Messaging"));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
