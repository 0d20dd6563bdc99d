using System;

namespace SalesGoals.Crm.Worker.Hosting;

/// <summary>When the next daily pace sweep is due: the first <c>time of day</c> in the organization's time zone after an instant.</summary>
public static class SweepCalendar
{
    public static (DateOnly LocalDate, DateTimeOffset At) Next(DateTimeOffset after, TimeSpan timeOfDay, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (timeOfDay < TimeSpan.Zero || timeOfDay >= TimeSpan.FromDays(1))
        {
            throw new ArgumentOutOfRangeException(nameof(timeOfDay), timeOfDay, "The sweep time is a time of day (00:00 to 23:59:59).");
        }

        var localNow = TimeZoneInfo.ConvertTime(after, zone);
        var date = DateOnly.FromDateTime(localNow.DateTime);
        for (var i = 0; i < 3; i++, date = date.AddDays(1))
        {
            var local = date.ToDateTime(TimeOnly.FromTimeSpan(timeOfDay), DateTimeKind.Unspecified);
            if (zone.IsInvalidTime(local))
            {
                // The clock skipped this time (spring forward): sweep when the day's clock reaches it again.
                local = local.AddHours(1);
            }

            var at = new DateTimeOffset(local, zone.GetUtcOffset(local));
            if (at > after)
            {
                return (date, at);
            }
        }

        throw new InvalidOperationException("No sweep time within three days.");
    }
}
