using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SalesGoals.Crm.Benchmarks.Zoho;

/// <summary>One cold run in process: the point is the call count, not nanoseconds, and the column
/// reads counts the benchmark recorded in this process.</summary>
internal sealed class ZohoCallCountConfig : ManualConfig
{
    public ZohoCallCountConfig()
    {
        AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance).WithId("ZohoCalls"));
        AddColumnProvider(DefaultColumnProviders.Instance);
        AddColumn(new ZohoHttpCallsColumn());
        AddLogger(ConsoleLogger.Default);
        AddExporter(MarkdownExporter.GitHub);
        WithOptions(ConfigOptions.DisableOptimizationsValidator);
    }
}
