using System;
using Microsoft.Extensions.Time.Testing;

namespace SalesGoals.Crm.Messaging.Tests.Support;

internal static class TestClock
{
    /// <summary>A fake clock starting at the real time, so client-side lock checks (system clock) stay consistent.</summary>
    public static FakeTimeProvider StartingNow() => new(DateTimeOffset.UtcNow);
}
