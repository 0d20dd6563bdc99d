using System;

namespace SalesGoals.Crm.Zoho.Tests.Infrastructure;

/// <summary>A clock the test moves by hand (only for the emulator: the client keeps real time so its
/// backoff delays elapse).</summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private DateTimeOffset _now;

    public ManualTimeProvider(DateTimeOffset start) => _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;

    public void Set(DateTimeOffset now) => _now = now;
}
