using System.Collections.Concurrent;

namespace SalesGoals.Crm.Benchmarks.Zoho;

/// <summary>HTTP calls the emulator saw during the last run of each benchmark (in-process, so the
/// column can read what the benchmark recorded).</summary>
internal static class ZohoCallCounts
{
    private static readonly ConcurrentDictionary<string, int> Counts = new();

    public static void Record(string benchmark, int calls) => Counts[benchmark] = calls;

    public static int? Get(string benchmark) => Counts.TryGetValue(benchmark, out var calls) ? calls : null;
}
