using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SalesGoals.Crm.Benchmarks.Messaging;

/// <summary>Three single fills of 100,000 messages, in process so the retained-memory line is printed to the log.</summary>
internal sealed class MessagingMemoryConfig : ManualConfig
{
    public MessagingMemoryConfig()
    {
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1).WithWarmupCount(0).WithIterationCount(3).WithInvocationCount(1).WithUnrollFactor(1).WithId("Messaging100k"));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
