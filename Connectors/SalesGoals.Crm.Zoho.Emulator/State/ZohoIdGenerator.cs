using System.Globalization;
using System.Threading;

namespace SalesGoals.Crm.Zoho.Emulator.State;

/// <summary>19-digit ids like Zoho's, increasing with creation order.</summary>
public sealed class ZohoIdGenerator
{
    private long _next = 5725767000000400000;

    public string Next() => Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture);
}
