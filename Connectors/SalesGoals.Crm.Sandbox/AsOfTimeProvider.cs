using System;

namespace SalesGoals.Crm.Sandbox;

/// <summary>The machine clock moved to another day (--as-of): time still runs, the date is the one asked for.</summary>
public sealed class AsOfTimeProvider : TimeProvider
{
    private readonly TimeProvider _inner;
    private readonly TimeSpan _shift;

    public AsOfTimeProvider(TimeProvider inner, DateOnly asOf)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        var now = inner.GetUtcNow();
        _shift = asOf.ToDateTime(TimeOnly.FromTimeSpan(now.TimeOfDay), DateTimeKind.Utc) - now.UtcDateTime;
    }

    public override DateTimeOffset GetUtcNow() => _inner.GetUtcNow() + _shift;

    public override TimeZoneInfo LocalTimeZone => _inner.LocalTimeZone;

    public override long GetTimestamp() => _inner.GetTimestamp();

    public override long TimestampFrequency => _inner.TimestampFrequency;
}
