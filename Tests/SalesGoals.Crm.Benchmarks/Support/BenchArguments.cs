using System;
using System.Globalization;

namespace SalesGoals.Crm.Benchmarks.Support;

/// <summary>Reads `--name 10,000`-style options of the on-demand bench commands.</summary>
internal static class BenchArguments
{
    public static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], NumberStyles.AllowThousands, CultureInfo.InvariantCulture) : fallback;
    }
}
