using System;
using Microsoft.Extensions.Time.Testing;

namespace SalesGoals.Crm.Testing.Time;

/// <summary>Where a test's fake clock starts.</summary>
public static class TestClocks
{
    /// <summary>A fake clock starting at the machine's time, for tests whose fake-time side meets a real clock
    /// (a broker's lock expiry, a server's token lifetime) and must agree with it at the start.</summary>
    public static FakeTimeProvider StartingNow() => new(TimeProvider.System.GetUtcNow());

    /// <summary>The machine's time now, for seeding data that a real-time server compares with its own clock.</summary>
    public static DateTimeOffset MachineNow => TimeProvider.System.GetUtcNow();
}
