using System;
using System.Globalization;

namespace SalesGoals.Crm.Zoho.Emulator.Http;

/// <summary>Zoho's wire formats.</summary>
public static class ZohoFormats
{
    /// <summary>Fields every record has, kept by the system.</summary>
    public static readonly string[] SystemFields = ["id", "Created_Time", "Modified_Time", "Created_By", "Modified_By"];

    public static string DateTime(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);

    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
