using System;
using System.Globalization;

namespace SalesGoals.Crm.GoalEngine.Time;

/// <summary>
/// A calendar date in the organization's time zone, with no time of day and no offset.
/// Stored as a day number so comparisons, differences and array indexing are cheap.
/// </summary>
public readonly struct LocalDate : IEquatable<LocalDate>, IComparable<LocalDate>, IComparable
{
    private const string IsoFormat = "yyyy-MM-dd";

    private LocalDate(int dayNumber) => DayNumber = dayNumber;

    public LocalDate(int year, int month, int day)
        : this(DayNumberOf(year, month, day))
    {
    }

    /// <summary>Days since 0001-01-01 (which is day 0).</summary>
    public int DayNumber { get; }

    public int Year => ToDateTime().Year;

    public int Month => ToDateTime().Month;

    public int Day => ToDateTime().Day;

    public DayOfWeek DayOfWeek => (DayOfWeek)((DayNumber + 1) % 7);

    public static LocalDate MinValue => new(1, 1, 1);

    public static LocalDate MaxValue => new(9999, 12, 31);

    public static LocalDate FromDayNumber(int dayNumber)
    {
        if (dayNumber < MinValue.DayNumber || dayNumber > MaxValue.DayNumber)
        {
            throw new ArgumentOutOfRangeException(nameof(dayNumber), dayNumber, "The day number is outside 0001-01-01..9999-12-31.");
        }

        return new LocalDate(dayNumber);
    }

    /// <summary>Takes the date part of a DateTime, whatever its Kind; no time-zone conversion.</summary>
    public static LocalDate FromDateTime(DateTime value) => new((int)(value.Date.Ticks / TimeSpan.TicksPerDay));

    public static LocalDate ParseIso(string text)
    {
        if (!DateTime.TryParseExact(text, IsoFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            throw new FormatException($"'{text}' is not a date in the form yyyy-MM-dd.");
        }

        return FromDateTime(parsed);
    }

    public DateTime ToDateTime() => new(DayNumber * TimeSpan.TicksPerDay, DateTimeKind.Unspecified);

    public LocalDate AddDays(int days) => FromDayNumber(DayNumber + days);

    public LocalDate AddMonths(int months) => FromDateTime(ToDateTime().AddMonths(months));

    public LocalDate AddYears(int years) => FromDateTime(ToDateTime().AddYears(years));

    public LocalDate FirstOfMonth() => new(Year, Month, 1);

    public LocalDate LastOfMonth()
    {
        var date = ToDateTime();
        return new LocalDate(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month));
    }

    public static int DaysBetween(LocalDate from, LocalDate to) => to.DayNumber - from.DayNumber;

    public static LocalDate Min(LocalDate a, LocalDate b) => a.DayNumber <= b.DayNumber ? a : b;

    public static LocalDate Max(LocalDate a, LocalDate b) => a.DayNumber >= b.DayNumber ? a : b;

    public bool Equals(LocalDate other) => DayNumber == other.DayNumber;

    public override bool Equals(object? obj) => obj is LocalDate other && Equals(other);

    public override int GetHashCode() => DayNumber;

    public int CompareTo(LocalDate other) => DayNumber.CompareTo(other.DayNumber);

    public int CompareTo(object? obj) => obj is LocalDate other
        ? CompareTo(other)
        : throw new ArgumentException("The object is not a LocalDate.", nameof(obj));

    public override string ToString() => ToDateTime().ToString(IsoFormat, CultureInfo.InvariantCulture);

    public static bool operator ==(LocalDate left, LocalDate right) => left.Equals(right);

    public static bool operator !=(LocalDate left, LocalDate right) => !left.Equals(right);

    public static bool operator <(LocalDate left, LocalDate right) => left.DayNumber < right.DayNumber;

    public static bool operator >(LocalDate left, LocalDate right) => left.DayNumber > right.DayNumber;

    public static bool operator <=(LocalDate left, LocalDate right) => left.DayNumber <= right.DayNumber;

    public static bool operator >=(LocalDate left, LocalDate right) => left.DayNumber >= right.DayNumber;

    private static int DayNumberOf(int year, int month, int day)
    {
        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            throw new ArgumentOutOfRangeException(nameof(day), $"{year:D4}-{month:D2}-{day:D2} is not a valid calendar date.");
        }

        return (int)(new DateTime(year, month, day).Ticks / TimeSpan.TicksPerDay);
    }
}
