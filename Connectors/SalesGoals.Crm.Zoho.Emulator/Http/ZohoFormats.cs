using System;
using System.Globalization;

namespace SalesGoals.Crm.Zoho.Emulator.Http;

/// <summary>Zoho's wire formats.</summary>
public static class ZohoFormats
{
    /// <summary>Fields every record has, kept by the system.</summary>
    public static readonly string[] SystemFields = ["id", "Created_Time", "Modified_Time", "Created_By", "Modified_By"];

    /// <summary>A date-time as Zoho sends it: to the second, in the org's time zone with its offset
    /// (<c>2026-05-04T17:30:00+08:00</c>, <c>2026-05-04T15:00:00+05:30</c>), never converted to UTC.</summary>
    public static string DateTime(DateTimeOffset value, TimeZoneInfo orgZone) =>
        TimeZoneInfo.ConvertTime(value, orgZone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
