using System;

namespace SalesGoals.Crm.Zoho.Tests.Infrastructure;

/// <summary>A clock the test moves by hand, for the emulator (the client runs on the host's
/// <see cref="SalesGoals.Crm.Tests.Shared.Time.BackoffClock"/>).</summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private DateTimeOffset _now;

    public ManualTimeProvider(DateTimeOffset start) => _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;

    public void Set(DateTimeOffset now) => _now = now;
}
