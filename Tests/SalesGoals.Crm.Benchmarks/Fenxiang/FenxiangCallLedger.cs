using System.Collections.Concurrent;

namespace SalesGoals.Crm.Benchmarks.Fenxiang;

/// <summary>HTTP calls the emulator received during the last invocation of each benchmark (same process:
/// the config runs in process so the column can read them).</summary>
internal static class FenxiangCallLedger
{
    private static readonly ConcurrentDictionary<string, int> Calls = new();

    public static void Record(string benchmark, int calls) => Calls[benchmark] = calls;

    public static int? Get(string benchmark) => Calls.TryGetValue(benchmark, out var calls) ? calls : null;
}
