using System;
using System.Diagnostics;
using System.Threading.Tasks;

namespace SalesGoals.Crm.Messaging.Tests.Support;

/// <summary>Polls for a broker-side effect of a fire-and-forget AMQP disposition (no timing is asserted).</summary>
internal static class Eventually
{
    public static async Task<bool> TrueAsync(Func<bool> condition, double seconds = 5)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed.TotalSeconds > seconds)
            {
                return false;
            }

            await Task.Delay(10);
        }

        return true;
    }
}
