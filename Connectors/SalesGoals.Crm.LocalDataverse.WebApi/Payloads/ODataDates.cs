using System;

namespace SalesGoals.Crm.LocalDataverse.WebApi.Payloads;

/// <summary>Edm.Date values as the OData reader gives them, to the UTC midnight DateTime the organization service takes.</summary>
internal static class ODataDates
{
    public static DateTime? ToDateTime(object? value) => value switch
    {
        DateTimeOffset instant => instant.UtcDateTime,
        DateOnly date => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
#pragma warning disable CS0618 // ODL 8 still reads Edm.Date as Microsoft.OData.Edm.Date (System.DateOnly from ODL 9 on).
        Microsoft.OData.Edm.Date date => new DateTime(date.Year, date.Month, date.Day, 0, 0, 0, DateTimeKind.Utc),
#pragma warning restore CS0618
        _ => null,
    };
}
