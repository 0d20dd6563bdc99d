using System;
using System.Globalization;

namespace SalesGoals.Crm.Messaging.Dataverse;

/// <summary>WCF DataContract JSON dates: <c>/Date(ms)/</c> or <c>/Date(ms+hhmm)/</c> (ms since the epoch, UTC; the offset is the writer's zone).</summary>
public static class WcfJsonDate
{
    private const string Prefix = "/Date(";
    private const string Suffix = ")/";

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (text is null || !text.StartsWith(Prefix, StringComparison.Ordinal) || !text.EndsWith(Suffix, StringComparison.Ordinal))
        {
            return false;
        }

        ReadOnlySpan<char> inner = text.AsSpan(Prefix.Length, text.Length - Prefix.Length - Suffix.Length);
        int sign = inner.Length > 1 ? inner[1..].IndexOfAny('+', '-') : -1;
        ReadOnlySpan<char> millisText = sign < 0 ? inner : inner[..(sign + 1)];
        if (!long.TryParse(millisText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long millis))
        {
            return false;
        }

        TimeSpan offset = TimeSpan.Zero;
        if (sign >= 0)
        {
            ReadOnlySpan<char> zone = inner[(sign + 1)..];
            if (zone.Length != 5 || !int.TryParse(zone[1..3], NumberStyles.None, CultureInfo.InvariantCulture, out int hours)
                || !int.TryParse(zone[3..], NumberStyles.None, CultureInfo.InvariantCulture, out int minutes))
            {
                return false;
            }

            offset = new TimeSpan(hours, minutes, 0) * (zone[0] == '-' ? -1 : 1);
        }

        try
        {
            value = DateTimeOffset.FromUnixTimeMilliseconds(millis).ToOffset(offset);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }
}
