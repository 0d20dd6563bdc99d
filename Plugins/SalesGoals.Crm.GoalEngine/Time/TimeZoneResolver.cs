using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.GoalEngine.Time;

/// <summary>
/// Resolves an IANA zone id (what the product stores) on both Linux/.NET 10 and Windows/.NET
/// Framework: the id is tried as given, then through a built-in IANA→Windows map, and finally,
/// for zones without daylight saving, as a fixed offset (so a host without tz data still works).
/// </summary>
public static class TimeZoneResolver
{
    private static readonly Dictionary<string, ZoneFallback> KnownZones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UTC"] = new("UTC", TimeSpan.Zero),
        ["Etc/UTC"] = new("UTC", TimeSpan.Zero),
        ["Asia/Shanghai"] = new("China Standard Time", TimeSpan.FromHours(8)),
        ["Asia/Chongqing"] = new("China Standard Time", TimeSpan.FromHours(8)),
        ["Asia/Hong_Kong"] = new("China Standard Time", TimeSpan.FromHours(8)),
        ["Asia/Macau"] = new("China Standard Time", TimeSpan.FromHours(8)),
        ["Asia/Taipei"] = new("Taipei Standard Time", TimeSpan.FromHours(8)),
        ["Asia/Singapore"] = new("Singapore Standard Time", TimeSpan.FromHours(8)),
        ["Asia/Kuala_Lumpur"] = new("Singapore Standard Time", TimeSpan.FromHours(8)),
        ["Asia/Tokyo"] = new("Tokyo Standard Time", TimeSpan.FromHours(9)),
        ["Asia/Seoul"] = new("Korea Standard Time", TimeSpan.FromHours(9)),
        ["Asia/Kolkata"] = new("India Standard Time", TimeSpan.FromHours(5.5)),
        ["Asia/Dubai"] = new("Arabian Standard Time", TimeSpan.FromHours(4)),
        ["Australia/Sydney"] = new("AUS Eastern Standard Time", null),
        ["Europe/London"] = new("GMT Standard Time", null),
        ["Europe/Berlin"] = new("W. Europe Standard Time", null),
        ["Europe/Paris"] = new("Romance Standard Time", null),
        ["Europe/Amsterdam"] = new("W. Europe Standard Time", null),
        ["America/New_York"] = new("Eastern Standard Time", null),
        ["America/Chicago"] = new("Central Standard Time", null),
        ["America/Denver"] = new("Mountain Standard Time", null),
        ["America/Los_Angeles"] = new("Pacific Standard Time", null),
        ["America/Sao_Paulo"] = new("E. South America Standard Time", null),
    };

    public static TimeZoneInfo Resolve(string zoneId) => Resolve(zoneId, FindSystemZone);

    /// <summary>The same resolution against another zone source (a host's own list; tests simulating Windows).</summary>
    public static TimeZoneInfo Resolve(string zoneId, Func<string, TimeZoneInfo?> findZone)
    {
        if (string.IsNullOrWhiteSpace(zoneId))
        {
            throw new ArgumentException("A time-zone id is required (an IANA id such as Asia/Shanghai).", nameof(zoneId));
        }

        var trimmed = zoneId.Trim();
        var found = findZone(trimmed);
        if (found != null)
        {
            return found;
        }

        if (KnownZones.TryGetValue(trimmed, out var fallback))
        {
            found = findZone(fallback.WindowsId);
            if (found != null)
            {
                return found;
            }

            if (fallback.FixedOffset.HasValue)
            {
                return TimeZoneInfo.CreateCustomTimeZone(trimmed, fallback.FixedOffset.Value, trimmed, trimmed);
            }
        }

        throw new TimeZoneNotFoundException(
            $"Unknown time zone '{trimmed}'. Use an IANA id such as Asia/Shanghai, Europe/Berlin or America/New_York " +
            "that this host knows, or one of the built-in zones: " + string.Join(", ", KnownZones.Keys) + ".");
    }

    private static TimeZoneInfo? FindSystemZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            return null;
        }
        catch (InvalidTimeZoneException)
        {
            return null;
        }
    }

    private sealed record ZoneFallback(string WindowsId, TimeSpan? FixedOffset);
}
