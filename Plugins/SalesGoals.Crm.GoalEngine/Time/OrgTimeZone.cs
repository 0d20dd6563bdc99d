using System;

namespace SalesGoals.Crm.GoalEngine.Time;

/// <summary>The organization's time zone: turns instants (UTC) into the calendar dates goals use.</summary>
public sealed class OrgTimeZone
{
    private readonly TimeZoneInfo _zone;

    public OrgTimeZone(string ianaId)
    {
        IanaId = ianaId;
        _zone = TimeZoneResolver.Resolve(ianaId);
    }

    public string IanaId { get; }

    public LocalDate ToLocalDate(DateTimeOffset instant) =>
        LocalDate.FromDateTime(TimeZoneInfo.ConvertTime(instant, _zone).DateTime);

    /// <summary>Dataverse returns UTC DateTimes; an Unspecified kind is treated as UTC too.</summary>
    public LocalDate ToLocalDate(DateTime utc) =>
        ToLocalDate(new DateTimeOffset(utc.Kind == DateTimeKind.Local ? utc.ToUniversalTime() : DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    public LocalDate Today(IClock clock) => ToLocalDate(clock.UtcNow);
}
