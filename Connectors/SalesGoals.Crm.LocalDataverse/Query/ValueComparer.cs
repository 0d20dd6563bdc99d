using System;
using System.Globalization;
using SalesGoals.Crm.LocalDataverse.Storage;

namespace SalesGoals.Crm.LocalDataverse.Query;

/// <summary>Compares attribute values with query values the way SQL Server does for Dataverse (case-insensitive text, nulls first).</summary>
internal static class ValueComparer
{
    public static bool AreEqual(object? left, object? right)
    {
        var (a, b) = Align(IndexKey.Of(left), IndexKey.Of(right));
        return a is not null && b is not null && a.Equals(b);
    }

    /// <summary>Orders two values; null sorts before any value.</summary>
    public static int Compare(object? left, object? right)
    {
        var (a, b) = Align(IndexKey.Of(left), IndexKey.Of(right));
        if (a is null || b is null)
        {
            return a is null ? (b is null ? 0 : -1) : 1;
        }

        return (a, b) switch
        {
            (decimal x, decimal y) => x.CompareTo(y),
            (double x, double y) => x.CompareTo(y),
            (string x, string y) => string.CompareOrdinal(x, y),
            (DateTime x, DateTime y) => Utc(x).CompareTo(Utc(y)),
            (bool x, bool y) => x.CompareTo(y),
            (Guid x, Guid y) => x.CompareTo(y),
            _ when a is IComparable comparable && a.GetType() == b.GetType() => comparable.CompareTo(b),
            _ => string.CompareOrdinal(Convert.ToString(a, CultureInfo.InvariantCulture), Convert.ToString(b, CultureInfo.InvariantCulture)),
        };
    }

    public static DateTime Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => value.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => value,
    };

    /// <summary>Brings a query value to the attribute value's kind (a Guid written as text, a number as double...).</summary>
    private static (object? A, object? B) Align(object? a, object? b)
    {
        return (a, b) switch
        {
            (Guid, string text) when Guid.TryParse(text, out var g) => (a, g),
            (string text, Guid) when Guid.TryParse(text, out var g) => (g, b),
            (DateTime x, DateTime y) => (Utc(x), Utc(y)),
            (DateTime, string text) when DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var d) => (Utc((DateTime)a), d),
            (decimal x, double y) => ((double)x, y),
            (double x, decimal y) => (x, (double)y),
            (bool x, decimal y) => (x, y != 0),
            (decimal x, bool y) => (x != 0, y),
            (decimal, string text) when decimal.TryParse(text, NumberStyles.Any, CultureInfo.InvariantCulture, out var n) => (a, n),
            (bool, string text) => (a, text is "1" || text.Equals("TRUE", StringComparison.OrdinalIgnoreCase)),
            _ => (a, b),
        };
    }
}
