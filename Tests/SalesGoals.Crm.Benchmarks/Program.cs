using BenchmarkDotNet.Running;

namespace SalesGoals.Crm.Benchmarks;

/// <summary>On-demand benchmarks; pass BenchmarkDotNet's usual arguments (e.g. --filter *Engine*).</summary>
public static class Program
{
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
